import { SwapOutlined } from '@ant-design/icons';
import { Button, Tag } from 'antd';
import { useRepos } from '../../app/desk-context';
import { lockDesk } from './lock-desk';
import { useCurrentStaff } from './staff-session';

/** Who is signed in, and 切换用户: locks at once so the next person signs in with their own PIN. */
export function SwitchUser() {
  const repos = useRepos();
  const staff = useCurrentStaff();
  if (!staff) return null;
  return (
    <span className="desk-staff">
      <span>
        当前：{staff.name} <Tag color={staff.role === '管理员' ? 'gold' : 'blue'}>{staff.role}</Tag>
      </span>
      <Button size="small" icon={<SwapOutlined />} onClick={() => lockDesk(repos, '切换用户')}>
        切换用户
      </Button>
    </span>
  );
}
