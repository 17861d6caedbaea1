import { Badge, Button, Flex, Spin, Typography, theme } from 'antd';
import type { OrderStatus } from '@shared/orders/order-machine';
import { useRepos } from '../../app/desk-context';

import { useLive } from '../../db/live-query';
import { OrderCard } from './OrderCard';
import { useMinuteNow } from './use-orders';

interface Props {
  onOpen(id: string): void;
  onMore(status: OrderStatus): void;
}

/** 看板: one column per open status with its count and newest cards; overdue cards stand out. */
export function BoardView({ onOpen, onMore }: Props) {
  const repos = useRepos();
  const { token } = theme.useToken();
  const now = useMinuteNow();
  const columns = useLive(() => repos.orders.board(), [repos]);
  if (!columns) return <Spin />;
  const empty = columns.every((c) => c.count === 0);
  return (
    <>
      {empty && (
        <Typography.Paragraph type="secondary">
          没有办理中的服务单。居民来访或来电时，点右上角“点单”登记需求；已办结的服务单在“全部服务单”中查看。
        </Typography.Paragraph>
      )}
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(6, minmax(150px, 1fr))',
          gap: 8,
          overflowX: 'auto',
        }}
      >
        {columns.map((col) => (
          <section
            key={col.status}
            aria-label={`${col.status}，共 ${col.count} 单`}
            style={{
              background: token.colorFillQuaternary,
              borderRadius: token.borderRadius,
              padding: 8,
              minWidth: 0,
            }}
          >
            <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
              <h3 style={{ margin: 0, fontSize: 14 }}>{col.status}</h3>
              <Badge
                count={col.count}
                showZero
                color={col.count ? token.colorPrimary : token.colorTextQuaternary}
              />
            </Flex>
            {col.cards.length === 0 ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                暂无
              </Typography.Text>
            ) : (
              col.cards.map((o) => <OrderCard key={o.id} order={o} now={now} onOpen={() => onOpen(o.id)} />)
            )}
            {col.count > col.cards.length && (
              <Button type="link" size="small" onClick={() => onMore(col.status)}>
                还有 {col.count - col.cards.length} 单
              </Button>
            )}
          </section>
        ))}
      </div>
    </>
  );
}
