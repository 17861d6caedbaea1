import { Button, Empty, Input, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { PreparedRecipient } from './build-drafts';

/** The batch: who gets a document, what each lacks, with fix (致函单位) and skip at the row. */
export function RecipientTable({
  rows,
  needsUnit,
  onUnit,
  onRemove,
}: {
  rows: PreparedRecipient[] | undefined;
  needsUnit: boolean;
  onUnit(volunteerId: string, unit: string): void;
  onRemove(volunteerIds: string[]): void;
}) {
  const lacking = (rows ?? []).filter((r) => r.missing.length > 0);
  const tooLong = (rows ?? []).filter((r) => r.missing.length === 0 && r.overflow.length > 0);
  const columns: ColumnsType<PreparedRecipient> = [
    { title: '姓名', key: 'name', render: (_, r) => r.volunteer.name, width: 110 },
    {
      title: '志愿者编号',
      key: 'no',
      render: (_, r) => r.volunteer.volunteerNo,
      width: 120,
      className: 'tabular',
    },
    {
      title: '已确认时长',
      key: 'hours',
      width: 110,
      align: 'right',
      className: 'tabular',
      render: (_, r) => (r.draft.content['服务时长'] ? `${r.draft.content['服务时长']} 小时` : '—'),
    },
    ...(needsUnit
      ? [
          {
            title: '致函单位',
            key: 'unit',
            render: (_: unknown, r: PreparedRecipient) => (
              <Input
                aria-label={`${r.volunteer.name}的致函单位`}
                defaultValue={r.draft.content['致函单位']}
                placeholder="所在单位、学校"
                maxLength={40}
                onBlur={(e) => onUnit(r.volunteer.id, e.target.value)}
              />
            ),
          },
        ]
      : []),
    {
      title: '缺少的信息',
      key: 'missing',
      render: (_, r) =>
        r.missing.length > 0 ? (
          r.missing.map((m) => (
            <Tag color="red" key={m}>
              {m}
            </Tag>
          ))
        ) : r.overflow.length > 0 ? (
          r.overflow.map((o) => (
            <Tag color="red" key={o.elementId}>
              {o.field ? `${o.field}过长` : '模板文字超出'}
            </Tag>
          ))
        ) : (
          <Tag color="green">齐全</Tag>
        ),
    },
    {
      title: '操作',
      key: 'op',
      width: 80,
      render: (_, r) => (
        <Button
          type="link"
          size="small"
          onClick={() => onRemove([r.volunteer.id])}
          aria-label={`移除${r.volunteer.name}`}
        >
          移除
        </Button>
      ),
    },
  ];
  return (
    <>
      {lacking.length > 0 && (
        <Space style={{ marginBottom: 8 }} wrap>
          <Typography.Text type="danger" role="status">
            {lacking.length}{' '}
            人缺少信息：补全左侧或表格中的内容，或跳过他们。缺少“服务时长”的志愿者没有已确认的服务记录。
          </Typography.Text>
          <Button size="small" onClick={() => onRemove(lacking.map((r) => r.volunteer.id))}>
            跳过缺少信息的 {lacking.length} 人
          </Button>
        </Space>
      )}
      {tooLong.length > 0 && (
        <Typography.Paragraph type="danger" role="status" style={{ marginBottom: 8 }}>
          {tooLong.length} 人的文书排不下：标为“过长”的内容缩小字号后仍会压住下方文字，请删减后再开具。
        </Typography.Paragraph>
      )}
      <Table<PreparedRecipient>
        aria-label="接收人"
        rowKey={(r) => r.volunteer.id}
        size="small"
        columns={columns}
        dataSource={rows}
        loading={rows === undefined}
        pagination={rows && rows.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        locale={{
          emptyText: <Empty description="还没有接收人：在上方按姓名查找，或从活动、预约、时长条件批量加入" />,
        }}
      />
    </>
  );
}
