import { Button, DatePicker, Space } from 'antd';
import dayjs from 'dayjs';
import { useId } from 'react';
import { addDays } from '@shared/time/center-time';

interface Props {
  value: string;
  today: string;
  onChange: (day: string) => void;
  /** Days one step moves (7 in the week view). */
  step?: number;
}

/** Day navigation for the booking views: step either way, jump back to today, or pick a date. */
export function DateSwitcher({ value, today, onChange, step = 1 }: Props) {
  const id = useId();
  const unit = step === 7 ? '周' : '天';
  return (
    <Space wrap size={8}>
      <Button onClick={() => onChange(addDays(value, -step))} title="快捷键 ←">
        前一{unit}
      </Button>
      <Button onClick={() => onChange(today)} disabled={value === today} title="快捷键 T">
        今天
      </Button>
      <Button onClick={() => onChange(addDays(value, step))} title="快捷键 →">
        后一{unit}
      </Button>
      <label htmlFor={id} style={{ marginInlineStart: 8 }}>
        日期
      </label>
      <DatePicker
        id={id}
        allowClear={false}
        // The calendar date is taken as typed: dayjs only formats it, so the machine's zone does not matter.
        value={dayjs(value)}
        format={['YYYY-MM-DD dddd', 'YYYY-MM-DD', 'YYYYMMDD']}
        onChange={(date) => {
          if (date) onChange(date.format('YYYY-MM-DD'));
        }}
      />
    </Space>
  );
}
