import { App, Button } from 'antd';
import { useNavigate } from 'react-router-dom';
import type { Activity } from '@shared/model';
import { useRepos } from '../../../app/desk-context';
import { useWrite } from '../../../app/use-write';

/** Delete (asks first; soft, with 撤销 in the message) and restore of an activity with its pending hours. */
export function useActivityRemoval() {
  const repos = useRepos();
  const write = useWrite();
  const navigate = useNavigate();
  const { modal, message } = App.useApp();

  const restore = async (a: Pick<Activity, 'id' | 'title'>): Promise<boolean> => {
    const ok = await write(() => repos.activities.restore(a.id));
    if (ok) void message.success(`已恢复活动“${a.title}”`);
    return ok;
  };

  const remove = (a: Pick<Activity, 'id' | 'title'>): void => {
    modal.confirm({
      title: `删除活动“${a.title}”？`,
      content:
        '删除后不再出现在活动记录和统计中，其待确认的志愿服务时长随之作废；可以撤销，也可在活动记录页下方“已删除的活动”中恢复。',
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        if (!(await write(() => repos.activities.remove(a.id)))) return;
        const key = `activity-removed-${a.id}`;
        void message.success({
          key,
          duration: 8,
          content: (
            <span>
              已删除活动“{a.title}”。
              <Button
                type="link"
                size="small"
                onClick={() => {
                  message.destroy(key);
                  void restore(a).then((ok) => ok && navigate(`/activities/${a.id}`));
                }}
              >
                撤销
              </Button>
            </span>
          ),
        });
        void navigate('/activities');
      },
    });
  };

  return { remove, restore };
}
