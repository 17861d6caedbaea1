import { App } from 'antd';
import type { DutyPost } from '@shared/rosters/model';
import { useRepos } from '../../app/desk-context';
import { useWrite } from '../../app/use-write';
import { undoMessage } from '../../ui/undo-message';

/** Delete a duty post (asks first; 撤销 in the toast) and restore it: its roster entries are kept. */
export function usePostRemoval() {
  const repos = useRepos();
  const write = useWrite();
  const { modal, message } = App.useApp();
  const label = (p: DutyPost) => `${p.name}（${p.place}）`;

  const restore = (p: DutyPost) =>
    write(() => repos.dutyPosts.restore(p.id)).then(
      (ok) => ok && message.success(`已恢复排班岗位 ${label(p)}`),
    );

  const remove = (p: DutyPost) =>
    modal.confirm({
      title: `删除排班岗位 ${label(p)}？`,
      content: '删除后不再排班，也不计入今日缺岗；已有排班记录会保留，可以撤销。',
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '返回',
      onOk: async () => {
        if (!(await write(() => repos.dutyPosts.remove(p.id)))) return;
        undoMessage(message, `duty-post-${p.id}`, `已删除排班岗位 ${label(p)}`, () => void restore(p));
      },
    });

  return { remove, restore };
}
