import { Empty, Flex, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { DocumentStatus, IssuedDocument } from '@shared/model';
import { dateKey, formatDateCn, parseDateKey } from '@shared/time/center-time';
import { useRepos } from '../../app/desk-context';
import { useTodayKey } from '../../app/use-clock';
import { useLive } from '../../db/live-query';
import { Section } from '../../ui/Section';
import { DocumentKindCards } from './DocumentKindCards';

const STATUS_COLOR: Record<DocumentStatus, string> = {
  待打印: 'gold',
  已打印: 'green',
  打印失败: 'red',
  已作废: 'default',
};

const columns: ColumnsType<IssuedDocument> = [
  { title: '编号', dataIndex: 'number', key: 'number', width: 150, className: 'tabular' },
  { title: '类别', dataIndex: 'kind', key: 'kind', width: 150 },
  { title: '接收人', dataIndex: 'recipientName', key: 'recipient' },
  { title: '开具日期', key: 'issuedAt', width: 200, render: (_, d) => formatDateCn(dateKey(d.issuedAt)) },
  {
    title: '打印次数',
    dataIndex: 'printCount',
    key: 'printCount',
    width: 96,
    align: 'right',
    className: 'tabular',
  },
  {
    title: '状态',
    key: 'status',
    width: 96,
    render: (_, d) => <Tag color={STATUS_COLOR[d.status]}>{d.status}</Tag>,
  },
];

/** 证书与感谢信: the register of every numbered document this desk has issued. */
export function DocumentsScreen() {
  const repos = useRepos();
  const today = useTodayKey();
  const register = useLive(() => repos.documents.register(), [repos]);
  const year = parseDateKey(today)?.year ?? new Date().getFullYear();

  return (
    <Flex vertical gap={16}>
      <Section
        title="开具登记簿"
        flush
        extra={
          register &&
          register.length > 0 && <Typography.Text type="secondary">最近 {register.length} 份</Typography.Text>
        }
      >
        <Table<IssuedDocument>
          rowKey="id"
          size="medium"
          columns={columns}
          dataSource={register}
          loading={register === undefined}
          pagination={register && register.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
          locale={{
            emptyText: (
              <Empty description="还没有开具任何证书或感谢信">
                <Typography.Text type="secondary">
                  每份开具的文书都会按类别和年份连续编号，登记在这里，作废的也会保留记录。
                </Typography.Text>
              </Empty>
            ),
          }}
        />
      </Section>
      <Section title="文书类别">
        <DocumentKindCards year={year} />
      </Section>
    </Flex>
  );
}
