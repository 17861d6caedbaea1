import { Tag } from 'antd';
import type { BookingStatus } from '@shared/model';

/** One colour per status, consistent across screens, so staff read the day at a glance. */
const STATUS_COLOR: Record<BookingStatus, string> = {
  待审核: 'gold',
  已确认: 'blue',
  已签到: 'green',
  已完成: 'default',
  已取消: 'default',
  未到场: 'red',
};

export function BookingStatusTag({ status }: { status: BookingStatus }) {
  return (
    <Tag
      color={STATUS_COLOR[status]}
      variant={status === '已取消' ? 'outlined' : 'filled'}
      style={{ marginInlineEnd: 0 }}
    >
      {status}
    </Tag>
  );
}
