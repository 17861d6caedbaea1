import { Card, Checkbox, Divider, Flex, Form, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { CenterProfile } from '@shared/model';
import { useRepos } from '../../app/desk-context';
import { useWrite } from '../../app/use-write';
import { useLive } from '../../db/live-query';
import { CenterProfileForm } from '../center-profile/CenterProfileForm';
import { useDemoLoader } from '../demo/demo-loader-context';
import { StaffFields } from '../staff/StaffFields';
import { startSession } from '../staff/staff-session';
import { useStaffForm } from '../staff/use-staff-form';

const { Title, Paragraph } = Typography;

/** First run: who this desk belongs to, and whether to start with demo data to try things out. */
export function SetupScreen() {
  const repos = useRepos();
  const write = useWrite();
  const navigate = useNavigate();
  const demo = useDemoLoader();
  const isEmpty = useLive(() => repos.demo.isEmpty(), [repos]);
  // A desk restored or upgraded without staff accounts still needs its first 管理员 here.
  const needsAdmin = useLive(() => repos.staff.needsFirstAdmin(), [repos]);
  const admin = useStaffForm('管理员');
  // null until the user touches it, so the default can follow isEmpty once it is known.
  const [wantDemo, setWantDemo] = useState<boolean | null>(null);

  const submit = async (profile: CenterProfile): Promise<boolean> => {
    const loadDemo = isEmpty === true && (wantDemo ?? true);
    if (needsAdmin && !(await admin.trigger())) return false;
    const saved = await write(async () => {
      if (needsAdmin) {
        const { name, pin } = admin.getValues();
        // Signed in before the profile is saved, so that write already names the 管理员.
        const first = await repos.staff.addFirstAdmin({ name: name.trim(), pin: pin.trim() });
        startSession(first, Date.now());
      }
      await repos.settings.set('centerProfile', profile);
      await repos.settings.set('setupCompletedAt', Date.now());
    });
    if (!saved) return false;
    void navigate('/');
    if (loadDemo) demo.start();
    return true;
  };

  return (
    <main
      style={{
        minHeight: '100%',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        padding: 24,
      }}
    >
      <Card style={{ width: 560, maxWidth: '100%' }} styles={{ body: { padding: 32 } }}>
        <Title level={1} style={{ fontSize: 26, marginTop: 0 }}>
          欢迎使用文明实践前台
        </Title>
        <Paragraph type="secondary">
          首次使用，请先填写本中心的基本信息。这些信息会出现在屏幕顶部和打印的证书、感谢信上，之后可以在“设置”中修改。所有数据只保存在本机。
        </Paragraph>
        {isEmpty === undefined || needsAdmin === undefined ? (
          <Flex justify="center" style={{ padding: 48 }}>
            <Spin />
          </Flex>
        ) : (
          <CenterProfileForm
            submitLabel="开始使用"
            block
            onSubmit={submit}
            extra={
              <>
                {needsAdmin && (
                  <>
                    <Divider titlePlacement="start">首位管理员</Divider>
                    <Paragraph type="secondary" style={{ fontSize: 13 }}>
                      管理员可以修改设置、添加前台人员、恢复备份和查看完整证件号码。每次打开程序或锁定后，凭
                      PIN 解锁。
                    </Paragraph>
                    <StaffFields
                      control={admin.control}
                      errors={admin.formState.errors}
                      nameLabel="管理员姓名"
                      withRole={false}
                    />
                    <Divider />
                  </>
                )}
                {isEmpty && (
                  <Form.Item>
                    <Checkbox checked={wantDemo ?? true} onChange={(e) => setWantDemo(e.target.checked)}>
                      载入示例数据（场地、200 名志愿者、一个月的预约）
                    </Checkbox>
                    <Paragraph type="secondary" style={{ margin: '4px 0 0 24px', fontSize: 13 }}>
                      便于熟悉各项功能。示例数据为虚构内容，只能载入到空白的数据库中。
                    </Paragraph>
                  </Form.Item>
                )}
              </>
            }
          />
        )}
      </Card>
    </main>
  );
}
