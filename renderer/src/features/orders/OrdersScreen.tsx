import { Button, Drawer, Flex, Skeleton, Tabs } from 'antd';
import { useState } from 'react';
import type { OrderStatus } from '@shared/orders/order-machine';
import { useRepos } from '../../app/desk-context';
import { useLive } from '../../db/live-query';
import { Section } from '../../ui/Section';
import { BoardView } from './BoardView';
import { CallerLookup } from './CallerLookup';
import { ListView } from './ListView';
import { NewOrderForm } from './NewOrderForm';
import { OrderDetail } from './OrderDetail';
import { useOrderCategories } from './use-orders';

type Tab = 'board' | 'list' | 'caller';

/** 服务单: the board, the full list, 来电查询, 点单 / 微心愿, and the detail drawer with its steps. */
export function OrdersScreen() {
  const repos = useRepos();
  const categories = useOrderCategories();
  const [tab, setTab] = useState<Tab>('board');
  const [listStatus, setListStatus] = useState<OrderStatus | ''>('');
  const [detailId, setDetailId] = useState<string | null>(null);
  const [form, setForm] = useState<'order' | 'wish' | null>(null);
  const detail = useLive(
    () => (detailId ? repos.orders.get(detailId) : Promise.resolve(undefined)),
    [repos, detailId],
  );

  return (
    <Section
      title="服务单"
      extra={
        <Flex gap={8}>
          <Button onClick={() => setForm('wish')}>微心愿</Button>
          <Button type="primary" onClick={() => setForm('order')}>
            点单
          </Button>
        </Flex>
      }
    >
      {!categories ? (
        <Skeleton active />
      ) : (
        <Tabs
          activeKey={tab}
          onChange={(k) => setTab(k as Tab)}
          items={[
            {
              key: 'board',
              label: '看板',
              children: (
                <BoardView
                  onOpen={setDetailId}
                  onMore={(s) => {
                    setListStatus(s);
                    setTab('list');
                  }}
                />
              ),
            },
            {
              key: 'list',
              label: '全部服务单',
              children: (
                <ListView
                  categories={categories}
                  status={listStatus}
                  onStatus={setListStatus}
                  onOpen={setDetailId}
                />
              ),
            },
            { key: 'caller', label: '来电查询', children: <CallerLookup onOpen={setDetailId} /> },
          ]}
        />
      )}
      <Drawer
        open={form !== null}
        title={form === 'wish' ? '登记微心愿' : '点单'}
        size={520}
        onClose={() => setForm(null)}
        destroyOnHidden
      >
        {categories && form && (
          <NewOrderForm
            categories={categories}
            wish={form === 'wish'}
            onDone={() => setForm(null)}
            onCancel={() => setForm(null)}
          />
        )}
      </Drawer>
      <Drawer
        open={detailId !== null}
        title={detail ? `服务单 ${detail.number}` : '服务单'}
        size={760}
        onClose={() => setDetailId(null)}
        destroyOnHidden
      >
        {detailId && <OrderDetail id={detailId} />}
      </Drawer>
    </Section>
  );
}
