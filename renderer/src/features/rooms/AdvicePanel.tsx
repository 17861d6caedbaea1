import { Alert, Button, Space } from 'antd';
import type { Room } from '@shared/model';
import { dateKey, formatTime } from '@shared/time/center-time';
import type { Interval } from '@shared/booking/intervals';
import type { BookingAdvice } from '../../db/repos/places';

interface Props {
  advice: BookingAdvice | undefined;
  /** The form's date, so a slot on another day says which day. */
  date: string;
  onTakeSlot(slot: Interval): void;
  onTakeRoom(room: Room): void;
}

/** Conflicts as the data layer computes them, and what to take instead: the nearest slot, other rooms. */
export function AdvicePanel({ advice, date, onTakeSlot, onTakeRoom }: Props) {
  if (!advice) return null;
  const { problems, slot, rooms, overCapacity } = advice;
  const timing = problems.filter((p) => p.kind === 'overlap' || p.kind === 'closure' || p.kind === 'hours');
  if (timing.length === 0 && !overCapacity) return null;
  const slotLabel =
    slot &&
    `${dateKey(slot.start) === date ? '' : `${dateKey(slot.start)} `}${formatTime(slot.start)}–${formatTime(slot.end)}`;
  const offers = (
    <Space wrap size={8} style={{ marginTop: 8 }}>
      {slot && (
        <Button size="small" type="primary" ghost onClick={() => onTakeSlot(slot)}>
          改用 {slotLabel}
        </Button>
      )}
      {rooms.slice(0, 4).map((r) => (
        <Button key={r.id} size="small" onClick={() => onTakeRoom(r)}>
          改用{r.name}（{r.capacity}人）
        </Button>
      ))}
    </Space>
  );
  return (
    <Space orientation="vertical" style={{ width: '100%', marginBottom: 12 }} size={8}>
      {timing.length > 0 && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title="该时间无法预约"
          description={
            <div>
              {timing.map((p) => (
                <div key={p.message}>{p.message}</div>
              ))}
              {!slot && rooms.length === 0 ? (
                <div>两周内该场地没有同样时长的空闲时间，也没有其他空闲场地。</div>
              ) : (
                offers
              )}
            </div>
          }
        />
      )}
      {overCapacity && (
        <Alert
          type="warning"
          showIcon
          title={`预计人数超过场地容量（${overCapacity.capacity}人）`}
          description={
            timing.length > 0 ? undefined : rooms.length > 0 ? (
              <div>
                同一时间空闲的更大场地：
                {offers}
              </div>
            ) : (
              '同一时间没有空闲的更大场地，可减少人数或另选时间。'
            )
          }
        />
      )}
    </Space>
  );
}
