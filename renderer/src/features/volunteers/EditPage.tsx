import { Empty, Skeleton } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useRepos } from '../../app/desk-context';
import { useLive } from '../../db/live-query';
import { Section } from '../../ui/Section';
import { RegisterForm } from './RegisterForm';
import { useVolunteerSettings } from './use-volunteer-settings';

/** 编辑志愿者: the registration form, prefilled; changes are saved with before/after in the audit log. */
export function EditPage() {
  const { id = '' } = useParams();
  const repos = useRepos();
  const settings = useVolunteerSettings();
  const found = useLive(async () => ({ v: await repos.volunteers.get(id) }), [repos, id]);
  if (found === undefined || !settings) return <Skeleton active />;
  const v = found.v;
  if (!v || v.deletedAt !== null)
    return (
      <Empty
        description={
          <span>
            该志愿者不存在或已被删除，不能编辑。<Link to="/volunteers">返回名册</Link>
          </span>
        }
      />
    );
  return (
    <Section title={`编辑志愿者：${v.name}（${v.volunteerNo}）`}>
      <RegisterForm key={v.id} settings={settings} editing={v} />
    </Section>
  );
}
