import { Tag, Typography, theme } from 'antd';
import type { ServiceOrder } from '@shared/model';
import { isOverdue } from '@shared/orders/order-board';
import { dateKey, formatTime } from '@shared/time/center-time';

/** One order on the board: a button that opens its detail; an overdue one is outlined in red. */
export function OrderCard({ order, now, onOpen }: { order: ServiceOrder; now: number; onOpen(): void }) {
  const { token } = theme.useToken();
  const overdue = isOverdue(order, now);
  return (
    <button
      type="button"
      onClick={onOpen}
      aria-label={`${order.number} ${order.requester} ${order.category}${overdue ? '，已超期' : ''}`}
      style={{
        display: 'block',
        width: '100%',
        textAlign: 'left',
        padding: 8,
        marginBottom: 8,
        cursor: 'pointer',
        background: overdue ? token.colorErrorBg : token.colorBgContainer,
        border: `1px solid ${overdue ? token.colorError : token.colorBorderSecondary}`,
        borderRadius: token.borderRadius,
        font: 'inherit',
        color: 'inherit',
      }}
    >
      <Typography.Text strong>{order.requester}</Typography.Text>{' '}
      <Tag style={{ marginInlineStart: 4 }}>{order.category}</Tag>
      {order.urgency !== '一般' && <Tag color="red">{order.urgency}</Tag>}
      {order.wish && <Tag>微心愿</Tag>}
      <div style={{ color: token.colorTextSecondary, fontSize: 12, marginTop: 4 }}>
        <div>{order.number}</div>
        <div>
          {dateKey(order.orderedAt).slice(5)} {formatTime(order.orderedAt)}
        </div>
      </div>
      <div
        style={{
          fontSize: 13,
          marginTop: 2,
          overflow: 'hidden',
          textOverflow: 'ellipsis',
          whiteSpace: 'nowrap',
        }}
      >
        {order.description}
      </div>
      {overdue && (
        <div style={{ color: token.colorErrorText, fontSize: 12, marginTop: 2 }}>
          已超期（期限 {dateKey(order.dueAt ?? 0).slice(5)} {formatTime(order.dueAt ?? 0)}）
        </div>
      )}
    </button>
  );
}
