import { Select, Space } from 'antd';
import { useState } from 'react';
import { addDays } from '@shared/time/center-time';
import type { PostWeek } from '../../../db/repos/rosters';
import { PrintButton } from '../../print/PrintButton';
import { dayHeading, shiftText, sortedShifts, weekCells } from '../week-grid';

/**
 * 打印本周排班 (A4 landscape) and 打印签到表 for a shift of the shown week, chosen in the select beside it
 * (preselected on today's first shift when the week holds it).
 */
export function RosterPrintButtons({ week, today }: { week: PostWeek; today: string }) {
  const { post } = week;
  const firstDay = week.days[0]?.date ?? today;
  const shifts = sortedShifts(post);
  const options = weekCells(week)
    .flatMap((row, r) => row.map((c) => ({ c, shift: shifts[r] })))
    .filter(({ c, shift }) => c.offReason === null && shift)
    .sort((a, b) => a.c.date.localeCompare(b.c.date))
    .map(({ c, shift }) => ({
      value: `${c.date}|${c.shiftId}`,
      label: `${dayHeading(c.date)} ${shift ? shiftText(shift) : ''}`,
    }));
  const [chosen, setChosen] = useState<string | null>(null);
  const value =
    chosen !== null && options.some((o) => o.value === chosen)
      ? chosen
      : (options.find((o) => o.value.startsWith(today))?.value ?? options[0]?.value ?? null);
  const [date = '', shiftId = ''] = value?.split('|') ?? [];
  const where = `${post.name}-${post.place}`;
  return (
    <Space wrap style={{ marginBottom: 8 }}>
      <PrintButton
        label="打印本周排班"
        what="岗位周排班表"
        job={{
          kind: 'roster-week',
          params: { post: post.id, from: firstDay },
          pageSizeMm: { widthMm: 297, heightMm: 210 },
          fileName: `岗位周排班表-${where}-${firstDay}至${addDays(firstDay, 6)}`,
        }}
      />
      <Select
        aria-label="签到表班次"
        style={{ minWidth: 200 }}
        value={value}
        placeholder="本周没有上岗的班次"
        disabled={options.length === 0}
        options={options}
        onChange={setChosen}
      />
      <PrintButton
        label="打印签到表"
        what="班次签到表"
        disabled={value === null}
        job={{
          kind: 'roster-sign-sheet',
          params: { post: post.id, shift: shiftId, date },
          pageSizeMm: { widthMm: 210, heightMm: 297 },
          fileName: `班次签到表-${where}-${date}`,
        }}
      />
    </Space>
  );
}
