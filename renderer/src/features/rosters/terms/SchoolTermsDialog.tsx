import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Empty, Flex, List, Modal, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import type { SchoolTerm } from '@shared/rosters/model';
import { useRepos } from '../../../app/desk-context';
import { useWrite } from '../../../app/use-write';
import { useLive } from '../../../db/live-query';
import { undoMessage } from '../../../ui/undo-message';
import { TermForm } from './TermForm';

const vacationText = (t: SchoolTerm) =>
  t.vacations.length === 0 ? '无假期' : t.vacations.map((v) => `${v.name} ${v.from} 至 ${v.to}`).join('；');

/**
 * 校历（学期与假期）: the terms 校历 posts follow, listed with their vacations; add, edit, and delete
 * (asks first, 撤销 in the toast). One dialog switches between the list and a term's form.
 */
export function SchoolTermsDialog({ onClose }: { onClose(): void }) {
  const repos = useRepos();
  const write = useWrite();
  const { modal, message } = App.useApp();
  const terms = useLive(() => repos.schoolTerms.list(), [repos]);
  const [editing, setEditing] = useState<{ term: SchoolTerm | null } | null>(null);

  const restore = (t: SchoolTerm) =>
    write(() => repos.schoolTerms.restore(t.id)).then((ok) => ok && message.success(`已恢复学期 ${t.name}`));
  const remove = (t: SchoolTerm) =>
    modal.confirm({
      title: `删除学期 ${t.name}？`,
      content: '删除后，按校历排班的岗位在这段日期内不再上岗；已排的班会保留，可以撤销。',
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '返回',
      onOk: async () => {
        if (!(await write(() => repos.schoolTerms.remove(t.id)))) return;
        undoMessage(message, `school-term-${t.id}`, `已删除学期 ${t.name}`, () => void restore(t));
      },
    });

  const body = () => {
    if (editing)
      return (
        <TermForm
          term={editing.term}
          onCancel={() => setEditing(null)}
          onSaved={(t) => {
            setEditing(null);
            void message.success(`学期 ${t.name} 已保存`);
          }}
        />
      );
    if (terms === undefined) return <Skeleton active />;
    return (
      <Flex vertical gap={12}>
        {terms.length === 0 ? (
          <Empty description="还没有学期。点击“添加学期”，填写学期起止日期和寒假、秋假等假期，按校历排班的岗位只在学期内的上学日上岗。" />
        ) : (
          <List<SchoolTerm>
            dataSource={terms}
            renderItem={(t) => (
              <List.Item
                actions={[
                  <Button
                    key="edit"
                    size="small"
                    aria-label={`编辑${t.name}`}
                    onClick={() => setEditing({ term: t })}
                  >
                    编辑
                  </Button>,
                  <Button
                    key="delete"
                    size="small"
                    danger
                    aria-label={`删除${t.name}`}
                    onClick={() => remove(t)}
                  >
                    删除
                  </Button>,
                ]}
              >
                <List.Item.Meta
                  title={`${t.name}（${t.start} 至 ${t.end}）`}
                  description={<Typography.Text>{vacationText(t)}</Typography.Text>}
                />
              </List.Item>
            )}
          />
        )}
        <Space>
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => setEditing({ term: null })}
          >
            添加学期
          </Button>
        </Space>
      </Flex>
    );
  };

  return (
    <Modal
      open
      title={editing ? (editing.term ? `编辑学期：${editing.term.name}` : '添加学期') : '校历（学期与假期）'}
      onCancel={onClose}
      footer={null}
      width={760}
      destroyOnHidden
    >
      {body()}
    </Modal>
  );
}
