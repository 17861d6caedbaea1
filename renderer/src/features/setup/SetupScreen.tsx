import { Card, Checkbox, Flex, Form, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { CenterProfile } from '@shared/model';
import { useRepos } from '../../app/desk-context';
import { useWrite } from '../../app/use-write';
import { useLive } from '../../db/live-query';
import { CenterProfileForm } from '../center-profile/CenterProfileForm';
import { useDemoLoader } from '../demo/demo-loader-context';

const { Title, Paragraph } = Typography;

/** First run: who this desk belongs to, and whether to start with demo data to try things out. */
export function SetupScreen() {
  const repos = useRepos();
  const write = useWrite();
  const navigate = useNavigate();
  const demo = useDemoLoader();
  const isEmpty = useLive(() => repos.demo.isEmpty(), [repos]);
  // null until the user touches it, so the default can follow isEmpty once it is known.
  const [wantDemo, setWantDemo] = useState<boolean | null>(null);

  const submit = async (profile: CenterProfile): Promise<boolean> => {
    const loadDemo = isEmpty === true && (wantDemo ?? true);
    const saved = await write(async () => {
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
        {isEmpty === undefined ? (
          <Flex justify="center" style={{ padding: 48 }}>
            <Spin />
          </Flex>
        ) : (
          <CenterProfileForm
            submitLabel="开始使用"
            block
            onSubmit={submit}
            extra={
              isEmpty && (
                <Form.Item>
                  <Checkbox checked={wantDemo ?? true} onChange={(e) => setWantDemo(e.target.checked)}>
                    载入示例数据（场地、200 名志愿者、一个月的预约）
                  </Checkbox>
                  <Paragraph type="secondary" style={{ margin: '4px 0 0 24px', fontSize: 13 }}>
                    便于熟悉各项功能。示例数据为虚构内容，只能载入到空白的数据库中。
                  </Paragraph>
                </Form.Item>
              )
            }
          />
        )}
      </Card>
    </main>
  );
}
