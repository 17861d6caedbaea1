import './week-figures.css';
import type { PostWeek } from '../../db/repos/rosters';
import { rateText, weekFigures } from './entry-actions';

/**
 * The shown week in figures: shifts fully staffed, places filled, the attendance rate and absences,
 * as a labelled description list so a screen reader reads each name with its value.
 */
export function WeekFigures({ week }: { week: PostWeek }) {
  const f = weekFigures(week);
  const rows: [string, string][] = [
    ['班次排满', `${f.shiftsFullyStaffed}/${f.shifts}`],
    ['已排人次', `${f.placesFilled}/${f.placesNeeded}`],
    ['到岗率', rateText(f.attendanceRate)],
    ['缺勤', `${f.absent} 人次`],
  ];
  return (
    <dl className="duty-figures" aria-label="本周排班统计">
      {rows.map(([name, value]) => (
        <div key={name}>
          <dt>{name}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
