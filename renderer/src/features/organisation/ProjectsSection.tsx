import { App, Button, Flex, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { Project } from '@shared/model';
import { useRepos } from '../../app/desk-context';
import { useWrite } from '../../app/use-write';
import { undoMessage } from '../../ui/undo-message';
import { useLive } from '../../db/live-query';
import { PlainList } from '../../ui/PlainList';
import { ProjectForm } from './ProjectForm';
import { useProjects } from './use-organisation';

/** 服务项目: the center's projects (a station keeps tens), with add, edit, delete + undo and restore. */
export function ProjectsSection() {
  const repos = useRepos();
  const write = useWrite();
  const { message, modal } = App.useApp();
  const projects = useProjects();
  const teams = useLive(() => repos.teams.active(), [repos]);
  const deleted = useLive(() => repos.projects.deleted(), [repos]);
  const [editing, setEditing] = useState<{ project: Project | null } | null>(null);
  const [showDeleted, setShowDeleted] = useState(false);
  const teamNames = new Map((teams ?? []).map((t) => [t.id, t.name]));
  const brandCount = projects?.filter((p) => p.brand).length ?? 0;

  const restore = (p: Project) =>
    write(() => repos.projects.restore(p.id)).then(
      (ok) => ok && message.success(`已恢复服务项目“${p.name}”`),
    );
  const remove = (p: Project) =>
    modal.confirm({
      title: `删除服务项目“${p.name}”？`,
      content: '已有活动和服务单仍保留该项目名称，删除后可撤销或从“已删除”中恢复。',
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '返回',
      onOk: async () => {
        if (!(await write(() => repos.projects.remove(p.id)))) return;
        undoMessage(message, `project-${p.id}`, `已删除服务项目“${p.name}”`, () => void restore(p));
      },
    });

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text aria-live="polite">
          {projects === undefined ? '…' : `共 ${projects.length} 个服务项目，其中品牌项目 ${brandCount} 个`}
        </Typography.Text>
        <Space>
          <Button onClick={() => setShowDeleted(!showDeleted)} aria-expanded={showDeleted}>
            已删除（{deleted?.length ?? 0}）
          </Button>
          <Button type="primary" onClick={() => setEditing({ project: null })}>
            添加服务项目
          </Button>
        </Space>
      </Flex>
      <Table<Project>
        rowKey="id"
        size="small"
        loading={projects === undefined}
        dataSource={projects}
        pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
        locale={{ emptyText: '还没有服务项目。点击“添加服务项目”，活动和服务单就能注明所属项目。' }}
        columns={[
          {
            title: '项目名称',
            dataIndex: 'name',
            render: (v: string, p) => (
              <Space>
                {v}
                {p.brand && <Tag color="red">品牌项目</Tag>}
              </Space>
            ),
          },
          {
            title: '负责队伍',
            key: 'team',
            width: 160,
            render: (_, p) => (p.teamId ? (teamNames.get(p.teamId) ?? '（已撤销的队伍）') : '本中心'),
          },
          { title: '类别', dataIndex: 'category', width: 120 },
          {
            title: '起止日期',
            key: 'dates',
            width: 220,
            render: (_, p) =>
              p.startDate || p.endDate ? `${p.startDate ?? '…'} 至 ${p.endDate ?? '长期'}` : '长期',
          },
          {
            title: '操作',
            key: 'ops',
            width: 140,
            render: (_, p) => (
              <Space>
                <Button size="small" onClick={() => setEditing({ project: p })} aria-label={`修改${p.name}`}>
                  修改
                </Button>
                <Button size="small" danger onClick={() => remove(p)} aria-label={`删除${p.name}`}>
                  删除
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {showDeleted && (
        <section aria-label="已删除的服务项目">
          <Typography.Text strong>已删除的服务项目</Typography.Text>
          <PlainList
            items={deleted}
            itemKey={(p) => p.id}
            emptyText="没有已删除的服务项目。"
            renderItem={(p) => (
              <Flex justify="space-between" align="center">
                <span>{p.name}</span>
                <Button size="small" onClick={() => void restore(p)} aria-label={`恢复${p.name}`}>
                  恢复
                </Button>
              </Flex>
            )}
          />
        </section>
      )}
      <Modal
        open={editing !== null}
        title={editing?.project ? `修改服务项目：${editing.project.name}` : '添加服务项目'}
        onCancel={() => setEditing(null)}
        footer={null}
        destroyOnHidden
      >
        {editing && (
          <ProjectForm
            initial={editing.project}
            others={(projects ?? []).filter((p) => p.id !== editing.project?.id)}
            teams={teams ?? []}
            onSaved={(p) => {
              setEditing(null);
              void message.success(`服务项目“${p.name}”已保存`);
            }}
          />
        )}
      </Modal>
    </Flex>
  );
}
