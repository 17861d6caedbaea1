import { App, Button, Drawer, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { Room } from '@shared/model';
import { useRepos } from '../../app/desk-context';
import { useWrite } from '../../app/use-write';
import { useLive } from '../../db/live-query';
import { Section } from '../../ui/Section';
import { summariseOpeningHours } from './opening-hours';
import { RoomForm } from './RoomForm';
import { ImportPlacesDialog } from '../exchange/import/ImportPlacesDialog';

/** The rooms: list, create, edit, deactivate. */
export function RoomsManagePage() {
  const repos = useRepos();
  const write = useWrite();
  const { message } = App.useApp();
  const rooms = useLive(() => repos.places.rooms(), [repos]);
  const [editing, setEditing] = useState<{ room: Room | null } | null>(null);
  const [importing, setImporting] = useState(false);
  const toggle = async (room: Room) => {
    const ok = await write(() => repos.rooms.setActive(room.id, !room.active));
    if (ok) void message.success(room.active ? `${room.name}已停用，已有预约不受影响` : `${room.name}已启用`);
  };
  return (
    <Section
      title="场地"
      extra={
        <Space>
          <Button onClick={() => setImporting(true)}>从 Excel 导入</Button>
          <Button type="primary" onClick={() => setEditing({ room: null })}>
            新建场地
          </Button>
        </Space>
      }
    >
      <Table<Room>
        rowKey="id"
        size="small"
        loading={rooms === undefined}
        dataSource={rooms}
        pagination={false}
        locale={{ emptyText: '还没有场地。点击右上角「新建场地」登记讲堂、活动室等。' }}
        columns={[
          {
            title: '场地',
            key: 'name',
            render: (_, r) => (
              <Space>
                <span
                  style={{
                    display: 'inline-block',
                    width: 10,
                    height: 10,
                    borderRadius: 2,
                    background: r.color,
                  }}
                />
                <Typography.Text strong>{r.name}</Typography.Text>
                <Tag>{r.kind}</Tag>
                {r.needsApproval && <Tag color="gold">需审核</Tag>}
                {!r.active && <Tag>已停用</Tag>}
              </Space>
            ),
          },
          { title: '容纳', dataIndex: 'capacity', width: 70, render: (v: number) => `${v}人` },
          { title: '位置', dataIndex: 'location', width: 110 },
          { title: '开放时间', key: 'hours', render: (_, r) => summariseOpeningHours(r.openingHours) },
          {
            title: '布置/清场',
            key: 'buffers',
            width: 100,
            render: (_, r) => `${r.setupMinutes}/${r.cleanupMinutes} 分钟`,
          },
          { title: '设备', key: 'eq', render: (_, r) => r.equipment.join('、') },
          {
            title: '操作',
            key: 'ops',
            width: 130,
            render: (_, r) => (
              <Space>
                <Button size="small" onClick={() => setEditing({ room: r })} aria-label={`修改${r.name}`}>
                  修改
                </Button>
                <Button
                  size="small"
                  onClick={() => void toggle(r)}
                  aria-label={`${r.active ? '停用' : '启用'}${r.name}`}
                >
                  {r.active ? '停用' : '启用'}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <Drawer
        open={editing !== null}
        title={editing?.room ? `修改场地：${editing.room.name}` : '新建场地'}
        size={640}
        onClose={() => setEditing(null)}
        destroyOnHidden
      >
        {editing && (
          <RoomForm
            room={editing.room}
            onSaved={() => {
              setEditing(null);
              void message.success('场地已保存');
            }}
          />
        )}
      </Drawer>
      {importing && <ImportPlacesDialog which="rooms" onClose={() => setImporting(false)} />}
    </Section>
  );
}
