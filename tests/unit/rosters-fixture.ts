import type { HolidayDataset } from '@shared/booking/holidays';
import type { RosterCalendar } from '@shared/rosters/expand';
import type { DutyPost, RosterEntry, SchoolTerm } from '@shared/rosters/model';

/** 国庆 2026 as chinese-days ships it: 10-01…10-07 off, Sunday 09-20 and Saturday 10-10 worked. */
export const HOLIDAYS: HolidayDataset = {
  holidays: Object.fromEntries(
    ['01', '02', '03', '04', '05', '06', '07'].map((d) => [`2026-10-${d}`, 'National Day,国庆节,7']),
  ),
  workdays: { '2026-09-20': 'National Day,国庆节,7', '2026-10-10': 'National Day,国庆节,7' },
};

const stamp = { createdAt: 0, updatedAt: 0, deletedAt: null, deskId: 'desk-1' };

export const AUTUMN: SchoolTerm = {
  ...stamp,
  id: 'term-1',
  name: '2026秋季学期',
  start: '2026-09-01',
  end: '2027-01-22',
  vacations: [{ name: '秋假', from: '2026-11-09', to: '2026-11-13' }],
};

export const CALENDAR: RosterCalendar = { holidays: HOLIDAYS, terms: [AUTUMN] };

/** A school gate: 07:20–08:00 and 08:00–08:30 back to back, then 16:30–17:15. */
export const GATE: DutyPost = {
  ...stamp,
  id: 'p-gate',
  name: '社区教育宣传',
  place: '实验小学南门',
  stationId: null,
  teamId: 't-1',
  community: '东街社区',
  adultsOnly: true,
  calendar: '校历',
  shifts: [
    { id: 's-am', label: '早岗', startMinute: 440, endMinute: 480, needed: 2 },
    { id: 's-am2', label: '早岗二', startMinute: 480, endMinute: 510, needed: 1 },
    { id: 's-pm', label: '午岗', startMinute: 990, endMinute: 1035, needed: 2 },
  ],
};

/** A 便民服务 desk open every day, 08:15–11:30, shown to children too. */
export const DESK: DutyPost = {
  ...GATE,
  id: 'p-desk',
  name: '公益服务模范',
  place: '东街社区站便民服务点',
  adultsOnly: false,
  calendar: '每天',
  community: '东街社区',
  shifts: [{ id: 's-day', label: '上午', startMinute: 495, endMinute: 690, needed: 1 }],
};

/** A stored roster entry with defaults; override what the test is about. */
export function entry(over: Partial<RosterEntry> & Pick<RosterEntry, 'volunteerId'>): RosterEntry {
  return {
    ...stamp,
    id: `e-${over.volunteerId}-${over.shiftId ?? 's-am'}-${over.date ?? '2026-12-07'}`,
    postId: GATE.id,
    shiftId: 's-am',
    date: '2026-12-07',
    patternId: null,
    status: '排班',
    substituteFor: null,
    serviceRecordId: null,
    ...over,
  };
}
