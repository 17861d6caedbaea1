import { App, Button, DatePicker, Flex, Select, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useId, useMemo, useState } from 'react';
import { AUDIT_KINDS, describeTarget, formatAuditTime } from '@shared/audit/describe';
import type { AuditEntry } from '@shared/model';
import { addDays, dateKey, fromDateAndMinutes } from '@shared/time/center-time';
import { useRepos } from '../../app/desk-context';
import { reportError } from '../../db/errors';
import { useLive } from '../../db/live-query';
import type { AuditCursor, AuditFilter } from '../../db/repos/audit-query';
import { AuditVerify } from './AuditVerify';
import { exportAuditXlsx } from './export-audit';

const PAGE_SIZE = 20;

const columns: ColumnsType<AuditEntry> = [
  {
    title: '时间',
    key: 'at',
    width: 150,
    render: (_, e) => <span className="tabular">{formatAuditTime(e.at)}</span>,
  },
  { title: '操作人', dataIndex: 'actor', key: 'actor', width: 100 },
  { title: '操作', dataIndex: 'action', key: 'action', width: 200 },
  { title: '对象', key: 'target', width: 180, render: (_, e) => describeTarget(e) },
  { title: '原因', key: 'reason', render: (_, e) => e.reason ?? '' },
];

const kindOptions = Object.entries(AUDIT_KINDS).map(([value, label]) => ({ value, label }));

/**
 * 操作记录: who did what and when, filtered by person, kind and date, a page at a time by key range
 * (the log grows to hundreds of thousands of entries), with the chain check and an export.
 */
export function AuditLogSection() {
  const repos = useRepos();
  const { message } = App.useApp();
  const fieldId = useId();
  const [actor, setActor] = useState<string | null>(null);
  const [entity, setEntity] = useState<string | null>(null);
  const [range, setRange] = useState<[string, string] | null>(null);
  // Cursors of the pages shown so far: going back pops one, never counts or skips rows.
  const [cursors, setCursors] = useState<(AuditCursor | null)[]>([null]);
  const [exporting, setExporting] = useState(false);

  const filter = useMemo<AuditFilter>(
    () => ({
      actor,
      entity,
      from: range ? fromDateAndMinutes(range[0], 0) : null,
      to: range ? fromDateAndMinutes(addDays(range[1], 1), 0) : null,
    }),
    [actor, entity, range],
  );
  const cursor = cursors.at(-1) ?? null;
  const page = useLive(() => repos.audit.page(filter, cursor, PAGE_SIZE), [repos, filter, cursor]);
  const actors = useLive(() => repos.audit.actors(), [repos]);

  const refilter =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setCursors([null]);
    };

  const exportRows = async () => {
    setExporting(true);
    try {
      const name = `操作记录_${dateKey(Date.now())}`;
      if (await exportAuditXlsx(repos, filter, name)) void message.success('操作记录已导出');
    } catch (error) {
      void message.error(`导出失败：${reportError(error)}`);
    } finally {
      setExporting(false);
    }
  };

  return (
    <Flex vertical gap={12} style={{ padding: 16 }}>
      <AuditVerify />
      <Flex wrap gap={12} align="center">
        <label htmlFor={`${fieldId}-actor`}>操作人</label>
        <Select
          id={`${fieldId}-actor`}
          placeholder="全部人员"
          allowClear
          style={{ width: 140 }}
          value={actor}
          onChange={refilter((v: string | undefined) => setActor(v ?? null))}
          options={(actors ?? []).map((a) => ({ value: a, label: a }))}
        />
        <label htmlFor={`${fieldId}-kind`}>类别</label>
        <Select
          id={`${fieldId}-kind`}
          placeholder="全部类别"
          allowClear
          style={{ width: 150 }}
          value={entity}
          onChange={refilter((v: string | undefined) => setEntity(v ?? null))}
          options={kindOptions}
        />
        <label htmlFor={`${fieldId}-range`}>日期</label>
        <DatePicker.RangePicker
          id={{ start: `${fieldId}-range` }}
          value={range ? [dayjs(range[0]), dayjs(range[1])] : null}
          onChange={(v) => {
            setRange(v?.[0] && v[1] ? [v[0].format('YYYY-MM-DD'), v[1].format('YYYY-MM-DD')] : null);
            setCursors([null]);
          }}
        />
        <Button onClick={() => void exportRows()} loading={exporting} disabled={!page?.rows.length}>
          导出 Excel
        </Button>
      </Flex>
      <Table<AuditEntry>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={page?.rows}
        loading={page === undefined}
        pagination={false}
        locale={{
          emptyText: actor || entity || range ? '没有符合条件的操作记录，可以放宽筛选条件' : '还没有操作记录',
        }}
      />
      <Flex justify="space-between" align="center">
        <Typography.Text type="secondary">第 {cursors.length} 页</Typography.Text>
        <Space>
          <Button disabled={cursors.length <= 1} onClick={() => setCursors((c) => c.slice(0, -1))}>
            上一页
          </Button>
          <Button disabled={!page?.next} onClick={() => page?.next && setCursors((c) => [...c, page.next])}>
            下一页
          </Button>
        </Space>
      </Flex>
    </Flex>
  );
}
