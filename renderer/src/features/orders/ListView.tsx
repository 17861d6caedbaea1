import { Button, Flex, Input, Select, Table, Tag } from 'antd';
import { useId, useState } from 'react';
import type { ServiceOrder } from '@shared/model';
import { ORDER_STATUSES, type OrderStatus } from '@shared/orders/order-machine';
import { addDays, dateKey, formatTime, fromDateAndMinutes } from '@shared/time/center-time';
import { useRepos } from '../../app/desk-context';
import { useLive } from '../../db/live-query';
import type { OrderCursor } from '../../db/repos/orders';
import { FormField } from '../../ui/FormField';
import { ExportButton } from '../exchange/export/ExportButton';
import { orderListExport } from '../exchange/export/list-exports';
import { STATUS_COLOR } from './use-orders';

const PAGE = 50;
const PERIODS = [
  { value: '', label: '全部时间' },
  { value: '7', label: '近7天' },
  { value: '30', label: '近30天' },
  { value: '365', label: '近一年' },
] as const;

interface Props {
  categories: readonly string[];
  status: OrderStatus | '';
  onStatus(status: OrderStatus | ''): void;
  onOpen(id: string): void;
}

/** 全部服务单: filters and keyset pages, newest first, finished orders included. */
export function ListView({ categories, status, onStatus, onOpen }: Props) {
  const repos = useRepos();
  const uid = useId();
  const [category, setCategory] = useState('');
  const [period, setPeriod] = useState('');
  const [text, setText] = useState('');
  const [today] = useState(() => dateKey(Date.now()));
  // The cursors of the pages before this one, so 上一页 goes back without offsets.
  const [cursors, setCursors] = useState<(OrderCursor | null)[]>([null]);
  const after = cursors.at(-1) ?? null;
  const from = period ? fromDateAndMinutes(addDays(today, -Number(period)), 0) : undefined;
  const page = useLive(
    () =>
      repos.orders.list({
        status: status || undefined,
        category: category || undefined,
        from,
        text,
        after,
        limit: PAGE,
      }),
    [repos, status, category, from, text, after],
  );
  const reset = () => setCursors([null]);
  return (
    <Flex vertical gap={8}>
      <Flex gap={12} wrap align="flex-end">
        <FormField label="状态" htmlFor={`${uid}-status`}>
          <Select
            id={`${uid}-status`}
            style={{ width: 130 }}
            value={status}
            onChange={(v) => {
              onStatus(v);
              reset();
            }}
            options={[
              { value: '', label: '全部状态' },
              ...ORDER_STATUSES.map((s) => ({ value: s, label: s })),
            ]}
          />
        </FormField>
        <FormField label="服务类别" htmlFor={`${uid}-category`}>
          <Select
            id={`${uid}-category`}
            style={{ width: 130 }}
            value={category}
            onChange={(v) => {
              setCategory(v);
              reset();
            }}
            options={[{ value: '', label: '全部类别' }, ...categories.map((c) => ({ value: c, label: c }))]}
          />
        </FormField>
        <FormField label="点单时间" htmlFor={`${uid}-period`}>
          <Select
            id={`${uid}-period`}
            style={{ width: 120 }}
            value={period}
            onChange={(v) => {
              setPeriod(v);
              reset();
            }}
            options={[...PERIODS]}
          />
        </FormField>
        <FormField label="单号、姓名、电话或内容" htmlFor={`${uid}-text`}>
          <Input.Search
            id={`${uid}-text`}
            style={{ width: 260 }}
            placeholder="如 FW2026-00012"
            onSearch={(v) => {
              setText(v);
              reset();
            }}
          />
        </FormField>
        <ExportButton
          spec={orderListExport(
            repos,
            { status: status || undefined, category: category || undefined, from, text },
            today,
          )}
        />
      </Flex>
      <Table<ServiceOrder>
        size="small"
        rowKey="id"
        loading={!page}
        dataSource={page?.rows ?? []}
        pagination={false}
        locale={{ emptyText: '没有符合条件的服务单。可放宽筛选，或点“点单”登记居民的需求。' }}
        onRow={(o) => ({ onClick: () => onOpen(o.id) })}
        columns={[
          {
            title: '单号',
            dataIndex: 'number',
            render: (n: string, o) => (
              <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onOpen(o.id)}>
                {n}
              </Button>
            ),
          },
          { title: '居民', dataIndex: 'requester' },
          { title: '类别', dataIndex: 'category' },
          { title: '需求', dataIndex: 'description', ellipsis: true },
          {
            title: '状态',
            dataIndex: 'status',
            render: (s: OrderStatus) => <Tag color={STATUS_COLOR[s]}>{s}</Tag>,
          },
          {
            title: '点单时间',
            dataIndex: 'orderedAt',
            render: (t: number) => `${dateKey(t)} ${formatTime(t)}`,
          },
        ]}
      />
      <Flex gap={8} justify="flex-end">
        <Button disabled={cursors.length < 2} onClick={() => setCursors(cursors.slice(0, -1))}>
          上一页
        </Button>
        <Button disabled={!page?.next} onClick={() => page?.next && setCursors([...cursors, page.next])}>
          下一页
        </Button>
      </Flex>
    </Flex>
  );
}
