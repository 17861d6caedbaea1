import { Button, DatePicker, Space } from 'antd';
import dayjs from 'dayjs';
import { useId } from 'react';
import { addDays } from '@shared/time/center-time';

interface Props {
  value: string;
  today: string;
  onChange: (day: string) => void;
}

/** Day navigation for the booking views: step a day either way, jump back to today, or pick a date. */
export function DateSwitcher({ value, today, onChange }: Props) {
  const id = useId();
  return (
    <Space wrap size={8}>
      <Button onClick={() => onChange(addDays(value, -1))}>前一天</Button>
      <Button onClick={() => onChange(today)} disabled={value === today}>
        今天
      </Button>
      <Button onClick={() => onChange(addDays(value, 1))}>后一天</Button>
      <label htmlFor={id} style={{ marginInlineStart: 8 }}>
        日期
      </label>
      <DatePicker
        id={id}
        allowClear={false}
        // The calendar date is taken as typed: dayjs only formats it, so the machine's zone does not matter.
        value={dayjs(value)}
        // Displayed with the weekday; typing a bare date also works.
        format={['YYYY-MM-DD dddd', 'YYYY-MM-DD', 'YYYYMMDD']}
        onChange={(date) => {
          if (date) onChange(date.format('YYYY-MM-DD'));
        }}
      />
    </Space>
  );
}
