import { App, Button, Input, InputNumber, Space, Typography } from 'antd';
import { useId, useState } from 'react';
import type { Booking } from '@shared/model';
import { formatDateCn, dateKey, formatTime } from '@shared/time/center-time';
import { textLimit } from '@shared/validation/text-limit';
import { useRepos } from '../../app/desk-context';
import { useWrite } from '../../app/use-write';
import { useLive } from '../../db/live-query';

function countOf(value: unknown): number | null {
  if (value && typeof value === 'object' && 'actualAttendees' in value) {
    const n = (value as { actualAttendees: unknown }).actualAttendees;
    return typeof n === 'number' ? n : null;
  }
  return null;
}

/** 签到 with the counted attendance: the field starts empty, since the expected count is not a count. */
export function CheckInFields({ booking }: { booking: Booking }) {
  const repos = useRepos();
  const write = useWrite();
  const { message } = App.useApp();
  const uid = useId();
  const [count, setCount] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const checkIn = async () => {
    if (count === null) {
      setProblem('请填写实到人数');
      return;
    }
    const ok = await write(() => repos.bookings.checkIn(booking.id, count));
    if (ok) void message.success(`已签到，实到 ${count} 人`);
  };
  return (
    <Space wrap align="start">
      <label htmlFor={`${uid}-actual`}>实到人数</label>
      <Space orientation="vertical" size={2}>
        <InputNumber
          id={`${uid}-actual`}
          min={0}
          precision={0}
          value={count}
          placeholder={`预计 ${booking.expectedAttendees}`}
          status={problem ? 'error' : undefined}
          onChange={(v) => {
            setCount(v);
            setProblem(null);
          }}
          onPressEnter={() => void checkIn()}
          style={{ width: 110 }}
        />
        {problem && <Typography.Text type="danger">{problem}</Typography.Text>}
      </Space>
      <Button type="primary" onClick={() => void checkIn()}>
        {booking.status === '未到场' ? '补签到' : '签到'}
      </Button>
    </Space>
  );
}

/** 实到人数 after check-in: corrected with a reason, and every count so far listed from the audit log. */
export function AttendanceCorrection({ booking }: { booking: Booking }) {
  const repos = useRepos();
  const write = useWrite();
  const { message } = App.useApp();
  const uid = useId();
  const [editing, setEditing] = useState(false);
  const [count, setCount] = useState<number | null>(booking.actualAttendees);
  const [reason, setReason] = useState('');
  const history = useLive(
    () => repos.bookings.attendanceHistory(booking.id),
    [repos, booking.id, booking.actualAttendees],
  );
  const save = async () => {
    if (count === null) return;
    const ok = await write(() => repos.bookings.correctAttendance(booking.id, count, reason));
    if (ok) {
      setEditing(false);
      setReason('');
      void message.success(`实到人数已更正为 ${count} 人`);
    }
  };
  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }}>
      {!editing ? (
        <Button onClick={() => setEditing(true)}>更正实到人数</Button>
      ) : (
        <Space wrap align="start" role="group" aria-label="更正实到人数">
          <label htmlFor={`${uid}-count`}>实到人数</label>
          <InputNumber
            id={`${uid}-count`}
            min={0}
            precision={0}
            value={count}
            onChange={setCount}
            style={{ width: 100 }}
          />
          <label htmlFor={`${uid}-reason`}>更正原因</label>
          <Input
            id={`${uid}-reason`}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            count={textLimit(100)}
            placeholder="如：迟到的 5 人补登"
            style={{ width: 220 }}
          />
          <Button type="primary" onClick={() => void save()}>
            保存更正
          </Button>
          <Button onClick={() => setEditing(false)}>取消</Button>
        </Space>
      )}
      {history && history.length > 0 && (
        <div>
          <Typography.Text strong>实到人数记录</Typography.Text>
          <ol aria-label="实到人数记录" style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
            {history.map((h) => (
              <li key={h.id}>
                {formatDateCn(dateKey(h.at))} {formatTime(h.at)} {h.actor}：
                {h.action === '预约签到'
                  ? `签到，实到 ${countOf(h.after) ?? '—'} 人`
                  : `由 ${countOf(h.before) ?? '—'} 人更正为 ${countOf(h.after) ?? '—'} 人（${h.reason ?? ''}）`}
              </li>
            ))}
          </ol>
        </div>
      )}
    </Space>
  );
}
