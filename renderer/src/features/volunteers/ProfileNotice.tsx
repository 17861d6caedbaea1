import { Button, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { Volunteer } from '@shared/model';
import { dateKey } from '@shared/time/center-time';
import { isAnonymised } from '@shared/volunteers/anonymise';
import { useRepos } from '../../app/desk-context';
import { useWrite } from '../../app/use-write';
import { useVolunteerRemoval } from './use-volunteer-removal';

/** Why a profile is not an ordinary live one: erased on request, merged into another, or deleted. */
export function ProfileNotice({ v }: { v: Volunteer }) {
  const repos = useRepos();
  const write = useWrite();
  const removal = useVolunteerRemoval();
  if (isAnonymised(v))
    return (
      <Typography.Paragraph type="warning">
        此志愿者已于 {dateKey(v.anonymisedAt ?? 0)}{' '}
        注销，个人信息已清除；编号、服务记录和服务时长保留用于统计。
      </Typography.Paragraph>
    );
  if (v.deletedAt !== null && v.mergedIntoId)
    return (
      <Typography.Paragraph type="warning">
        此记录已合并到另一位志愿者。
        <Link to={`/volunteers/${v.mergedIntoId}`}>打开合并后的记录</Link>
        <Button type="link" onClick={() => void write(() => repos.volunteers.unmerge(v.id))}>
          撤销合并
        </Button>
      </Typography.Paragraph>
    );
  if (v.deletedAt !== null)
    return (
      <Typography.Paragraph type="warning">
        此志愿者已于 {dateKey(v.deletedAt)} 删除，不出现在名册、搜索和签到中。
        <Button type="link" onClick={() => void removal.restore(v)}>
          恢复
        </Button>
      </Typography.Paragraph>
    );
  return null;
}
