import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Empty, Flex, Modal, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { DutyPost } from '@shared/rosters/model';
import { useRepos } from '../../app/desk-context';
import { useTodayKey } from '../../app/use-clock';
import { useLive } from '../../db/live-query';
import { RosterListsBar } from './calls/RosterListsBar';
import { PostForm } from './PostForm';
import { PostWeekView } from './PostWeekView';
import { SchoolTermsDialog } from './terms/SchoolTermsDialog';
import { TodayGaps } from './TodayGaps';
import { usePostRemoval } from './use-post-removal';
import { shiftText, sortedShifts } from './week-grid';
import './rosters.css';

/** 岗位排班: today's gaps, the standing posts, and the chosen post's week. Loaded lazily with its tab. */
export function DutyRostersTab() {
  const repos = useRepos();
  const today = useTodayKey();
  const { message } = App.useApp();
  const { remove } = usePostRemoval();
  const posts = useLive(() => repos.dutyPosts.list(), [repos]);
  const [editing, setEditing] = useState<{ post: DutyPost | null } | null>(null);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [termsOpen, setTermsOpen] = useState(false);
  // The chosen post, else the first: a deleted post drops out of the list and the grid follows.
  const chosen = posts?.find((p) => p.id === chosenId) ?? posts?.[0];

  if (posts === undefined) return <Skeleton active style={{ padding: 16 }} />;
  const dialog = (
    <Modal
      open={editing !== null}
      title={editing?.post ? `编辑岗位：${editing.post.name}（${editing.post.place}）` : '新建岗位'}
      onCancel={() => setEditing(null)}
      footer={null}
      width={720}
      destroyOnHidden
    >
      {editing && (
        <PostForm
          post={editing.post}
          onSaved={(p) => {
            setEditing(null);
            setChosenId(p.id);
            void message.success(`岗位 ${p.name}（${p.place}）已保存`);
          }}
        />
      )}
    </Modal>
  );
  const newPostButton = (
    <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing({ post: null })}>
      新建岗位
    </Button>
  );
  const termsButton = <Button onClick={() => setTermsOpen(true)}>校历（学期与假期）</Button>;
  const termsDialog = termsOpen && <SchoolTermsDialog onClose={() => setTermsOpen(false)} />;
  // The dialogs sit outside the switch between the empty state and the list: saving the first post
  // switches it, and a dialog moved with it would be unmounted in the middle of closing.
  return (
    <>
      {posts.length === 0 ? (
        <Empty
          style={{ padding: '32px 0' }}
          description="还没有排班岗位。点击“新建岗位”，填写上岗地点和班次（如 07:20–08:00 需 2 人），再在一周排班表里安排志愿者。"
        >
          <Space>
            {newPostButton}
            {termsButton}
          </Space>
        </Empty>
      ) : (
        <Flex vertical gap={16} style={{ padding: 16 }}>
          <TodayGaps today={today} />
          <RosterListsBar today={today} />
          <section aria-labelledby="duty-posts">
            <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
              <Typography.Title level={2} id="duty-posts" style={{ fontSize: 16, margin: 0 }}>
                排班岗位（{posts.length}）
              </Typography.Title>
              <Space>
                {termsButton}
                {newPostButton}
              </Space>
            </Flex>
            <Table<DutyPost>
              rowKey="id"
              size="small"
              dataSource={posts}
              pagination={{ pageSize: 10, showSizeChanger: false, hideOnSinglePage: true }}
              rowClassName={(p) => (p.id === chosen?.id ? 'ant-table-row-selected' : '')}
              columns={[
                { title: '岗位', dataIndex: 'name' },
                { title: '上岗地点', dataIndex: 'place' },
                { title: '日历', dataIndex: 'calendar', width: 80 },
                {
                  title: '班次',
                  key: 'shifts',
                  render: (_, p) =>
                    sortedShifts(p)
                      .map((s) => `${shiftText(s)} ${s.needed}人`)
                      .join('；'),
                },
                {
                  title: '要求',
                  key: 'adults',
                  width: 80,
                  render: (_, p) => p.adultsOnly && <Tag>仅限成年</Tag>,
                },
                {
                  title: '操作',
                  key: 'ops',
                  width: 200,
                  render: (_, p) => (
                    <Space>
                      <Button
                        size="small"
                        type={p.id === chosen?.id ? 'primary' : 'default'}
                        aria-pressed={p.id === chosen?.id}
                        aria-label={`查看${p.name}（${p.place}）排班`}
                        onClick={() => setChosenId(p.id)}
                      >
                        排班
                      </Button>
                      <Button
                        size="small"
                        aria-label={`编辑${p.name}（${p.place}）`}
                        onClick={() => setEditing({ post: p })}
                      >
                        编辑
                      </Button>
                      <Button
                        size="small"
                        danger
                        aria-label={`删除${p.name}（${p.place}）`}
                        onClick={() => remove(p)}
                      >
                        删除
                      </Button>
                    </Space>
                  ),
                },
              ]}
            />
          </section>
          {chosen && <PostWeekView key={chosen.id} post={chosen} today={today} />}
        </Flex>
      )}
      {dialog}
      {termsDialog}
    </>
  );
}
