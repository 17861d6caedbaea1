import { App, Button } from 'antd';
import { useNavigate } from 'react-router-dom';
import type { Volunteer } from '@shared/model';
import { useRepos } from '../../app/desk-context';
import { useWrite } from '../../app/use-write';

/**
 * Delete (asks first; soft delete with 撤销 in the toast) and restore of a volunteer. Service records
 * and the volunteer number are kept, so a restore brings everything back.
 */
export function useVolunteerRemoval() {
  const repos = useRepos();
  const write = useWrite();
  const navigate = useNavigate();
  const { modal, message } = App.useApp();

  const restore = async (v: Pick<Volunteer, 'id' | 'name'>): Promise<boolean> => {
    const ok = await write(() => repos.volunteers.restore(v.id));
    if (ok) void message.success(`已恢复 ${v.name}`);
    return ok;
  };

  const remove = (v: Pick<Volunteer, 'id' | 'name' | 'volunteerNo'>): void => {
    modal.confirm({
      title: `删除志愿者 ${v.name}（${v.volunteerNo}）？`,
      content: '删除后不再出现在名册、搜索和签到中；服务记录和编号都会保留，可在名册的“已删除”中恢复。',
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        if (!(await write(() => repos.volunteers.remove(v.id)))) return;
        const key = `removed-${v.id}`;
        void message.success({
          key,
          duration: 8,
          content: (
            <span>
              已删除 {v.name}。
              <Button
                type="link"
                size="small"
                onClick={() => {
                  message.destroy(key);
                  void restore(v).then((ok) => ok && navigate(`/volunteers/${v.id}`));
                }}
              >
                撤销
              </Button>
            </span>
          ),
        });
        void navigate('/volunteers');
      },
    });
  };

  return { remove, restore };
}
