import { Button, Card, Form, Typography } from 'antd';
import { useRepos } from '../../app/desk-context';
import { useWrite } from '../../app/use-write';
import { busy } from '../../ui/busy';
import { StaffFields } from './StaffFields';
import { startSession } from './staff-session';
import { useStaffForm } from './use-staff-form';

const { Title, Paragraph } = Typography;

/**
 * A desk with data but no 管理员 (upgraded from a version without staff accounts, or restored from
 * such a backup): the first 管理员 is set here instead of locking everyone out.
 */
export function FirstAdminScreen({ centerName }: { centerName: string }) {
  const repos = useRepos();
  const write = useWrite();
  const {
    control,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useStaffForm('管理员');

  const submit = handleSubmit(async ({ name, pin }) => {
    await write(async () => {
      const admin = await repos.staff.addFirstAdmin({ name, pin });
      startSession(admin, Date.now());
    });
  });

  return (
    <main className="desk-lock">
      <Card style={{ width: 480, maxWidth: '100%' }} styles={{ body: { padding: 32 } }}>
        <Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
          {centerName}
        </Title>
        <Title level={2} style={{ fontSize: 18, marginTop: 0 }}>
          设置首位管理员
        </Title>
        <Paragraph type="secondary">
          本程序现在按工作人员登录：每一次修改和查看都记下是谁做的，离开电脑一段时间后自动锁定。请先设置一位管理员，之后在“设置
          → 人员与权限”中添加前台人员。
        </Paragraph>
        <form onSubmit={(event) => void submit(event)} noValidate aria-label="设置首位管理员">
          <Form component={false} layout="vertical" requiredMark>
            <StaffFields control={control} errors={errors} nameLabel="管理员姓名" withRole={false} />
            <Button type="primary" htmlType="submit" block size="large" loading={busy(isSubmitting)}>
              设置并开始使用
            </Button>
          </Form>
        </form>
      </Card>
    </main>
  );
}
