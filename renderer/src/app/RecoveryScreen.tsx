import { Button, Collapse, Result, Typography } from 'antd';

const { Paragraph, Text } = Typography;

/**
 * Shown when the database cannot be opened. It never offers to delete or reset anything: the usual
 * causes (another window holding the database, a crash leaving a lock) clear up on their own.
 */
export function RecoveryScreen({ name, message }: { name: string; message: string }) {
  return (
    <main style={{ maxWidth: 720, margin: '0 auto', padding: '48px 24px' }}>
      <Result
        status="error"
        title={<h1 style={{ fontSize: 24, margin: 0 }}>无法打开数据库</h1>}
        subTitle="文明实践前台没有能打开本机的数据库。没有删除或修改任何数据，您的记录仍然保存在本机。"
        extra={
          <Button type="primary" onClick={() => window.location.reload()}>
            重试
          </Button>
        }
      >
        <Paragraph strong>请依次尝试：</Paragraph>
        <ol style={{ lineHeight: 2, paddingInlineStart: 24 }}>
          <li>关闭其他正在运行的文明实践前台窗口后重试</li>
          <li>重新启动电脑</li>
          <li>联系管理员并提供下方技术信息</li>
        </ol>
        <Collapse
          size="small"
          items={[
            {
              key: 'details',
              label: '技术信息',
              children: (
                <Paragraph copyable style={{ marginBottom: 0 }}>
                  <Text code>{name}</Text> {message}
                </Paragraph>
              ),
            },
          ]}
        />
      </Result>
    </main>
  );
}
