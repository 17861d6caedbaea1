import { App, Button, Drawer, Input, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { Organisation } from '@shared/model';
import { maskPhone } from '@shared/privacy/mask';
import { dateKey, formatTime } from '@shared/time/center-time';
import { useRepos } from '../../app/desk-context';
import { useWrite } from '../../app/use-write';
import { useLive } from '../../db/live-query';
import { BookingStatusTag } from '../../ui/BookingStatusTag';
import { Section } from '../../ui/Section';
import { useBookingEditor } from './booking-editor';
import { OrganisationModal } from './OrganisationModal';
import { ImportPlacesDialog } from '../exchange/import/ImportPlacesDialog';

/** Units (单位) that book rooms: contacts, no-shows, and each one's booking history. */
export function OrganisationsPage() {
  const repos = useRepos();
  const write = useWrite();
  const editor = useBookingEditor();
  const { message, modal } = App.useApp();
  const [text, setText] = useState('');
  const [editing, setEditing] = useState<{ org: Organisation | null } | null>(null);
  const [history, setHistory] = useState<Organisation | null>(null);
  const [importing, setImporting] = useState(false);
  const orgs = useLive(() => repos.places.organisations(), [repos]);
  const bookings = useLive(
    async () => (history ? repos.organisations.history(history.id) : []),
    [repos, history?.id],
  );
  const rooms = useLive(
    async () => new Map((await repos.places.rooms()).map((r) => [r.id, r.name])),
    [repos],
  );
  const shown = orgs?.filter((o) => !text || o.name.includes(text) || o.contactName.includes(text));
  const remove = (org: Organisation) =>
    modal.confirm({
      title: `删除单位「${org.name}」？`,
      content: '已有预约仍会保留该单位名称，删除后可撤销。',
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '返回',
      onOk: async () => {
        if (!(await write(() => repos.organisations.remove(org.id)))) return;
        const key = `org-${org.id}`;
        void message.success({
          key,
          duration: 8,
          content: (
            <span>
              已删除「{org.name}」{' '}
              <Button
                size="small"
                type="link"
                onClick={() => {
                  message.destroy(key);
                  void write(() => repos.organisations.restore(org.id));
                }}
              >
                撤销
              </Button>
            </span>
          ),
        });
      },
    });
  return (
    <Section
      title="单位"
      extra={
        <Space>
          <Input.Search
            aria-label="查找单位"
            placeholder="单位名称或联系人"
            allowClear
            onChange={(e) => setText(e.target.value.trim())}
            style={{ width: 220 }}
          />
          <Button onClick={() => setImporting(true)}>从 Excel 导入</Button>
          <Button type="primary" onClick={() => setEditing({ org: null })}>
            新建单位
          </Button>
        </Space>
      }
    >
      <Table<Organisation>
        rowKey="id"
        size="small"
        loading={orgs === undefined}
        dataSource={shown}
        pagination={{ pageSize: 30, showSizeChanger: false }}
        locale={{ emptyText: '还没有登记单位。点击「新建单位」，或在新建预约时直接新建。' }}
        columns={[
          {
            title: '单位名称',
            dataIndex: 'name',
            render: (v: string, o) => (
              <Button type="link" style={{ padding: 0 }} onClick={() => setHistory(o)}>
                {v}
              </Button>
            ),
          },
          { title: '类型', dataIndex: 'type', width: 100 },
          { title: '联系人', dataIndex: 'contactName', width: 100 },
          {
            title: '联系电话',
            key: 'phone',
            width: 140,
            render: (_, o) => <span className="tabular">{maskPhone(o.phone)}</span>,
          },
          {
            title: '未到场',
            dataIndex: 'noShowCount',
            width: 80,
            render: (v: number) => (v > 0 ? <Tag color="red">{v} 次</Tag> : '0'),
          },
          { title: '备注', dataIndex: 'notes' },
          {
            title: '操作',
            key: 'ops',
            width: 130,
            render: (_, o) => (
              <Space>
                <Button size="small" onClick={() => setEditing({ org: o })} aria-label={`修改${o.name}`}>
                  修改
                </Button>
                <Button size="small" danger onClick={() => remove(o)} aria-label={`删除${o.name}`}>
                  删除
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <OrganisationModal
        open={editing !== null}
        initial={editing?.org ?? null}
        onClose={() => setEditing(null)}
        onSaved={(o) => {
          setEditing(null);
          void message.success(`单位「${o.name}」已保存`);
        }}
      />
      <Drawer
        open={history !== null}
        title={`${history?.name ?? ''}：预约记录`}
        size={640}
        onClose={() => setHistory(null)}
      >
        {history && (
          <Typography.Paragraph type="secondary">
            共 {bookings?.length ?? 0} 次预约，未到场 {history.noShowCount} 次
          </Typography.Paragraph>
        )}
        <Table
          rowKey="id"
          size="small"
          dataSource={bookings}
          loading={bookings === undefined}
          pagination={{ pageSize: 20, showSizeChanger: false }}
          onRow={(b) => ({ onClick: () => editor.openBooking(b.id), style: { cursor: 'pointer' } })}
          locale={{ emptyText: '该单位还没有预约记录' }}
          columns={[
            {
              title: '时间',
              key: 't',
              width: 170,
              render: (_, b) => `${dateKey(b.start)} ${formatTime(b.start)}–${formatTime(b.end)}`,
            },
            { title: '场地', key: 'r', width: 100, render: (_, b) => rooms?.get(b.roomId) ?? '' },
            { title: '活动名称', dataIndex: 'title' },
            { title: '状态', key: 's', width: 90, render: (_, b) => <BookingStatusTag status={b.status} /> },
          ]}
        />
      </Drawer>
      {importing && <ImportPlacesDialog which="organisations" onClose={() => setImporting(false)} />}
    </Section>
  );
}
