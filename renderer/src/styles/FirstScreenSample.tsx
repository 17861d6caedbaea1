import { SmileOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Form,
  Input,
  Layout,
  Radio,
  Row,
  Skeleton,
  Spin,
  Statistic,
  Tag,
  Typography,
} from 'antd';
import { DeskConfig } from './DeskConfig';

/**
 * One of each antd component a desk's first screen renders (the lock screen, the shell, 今日概览), under
 * the desk's own provider. Rendered on the server by tests/unit/first-screen-styles.test.ts to make
 * antd-first-screen.css: the page loads those styles with its CSS, and antd, finding their cache paths
 * there, skips generating and injecting them at start (about a fifth of a cold start). A component
 * missing here still works: antd generates its styles at runtime as before. Modal is left out on
 * purpose: its open and close motion stays with antd's runtime styles, as every other dialog's does.
 */
export function FirstScreenSample() {
  return (
    <DeskConfig>
      <Layout>
        <Layout.Sider>
          <SmileOutlined />
        </Layout.Sider>
        <Layout>
          <Layout.Header>
            <Typography.Title level={1}>a</Typography.Title>
            <Tag color="red">a</Tag>
            <Tag color="success">a</Tag>
            <Button size="small">a</Button>
          </Layout.Header>
          <Layout.Content>
            <Flex vertical>
              <Row>
                <Col span={6}>
                  <Card size="small" title="a">
                    <Statistic value={1} />
                    <Skeleton active paragraph={false} />
                  </Card>
                </Col>
              </Row>
              <Typography.Text>a</Typography.Text>
              <Button type="link">a</Button>
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
              <Spin />
              <Alert type="error" title="a" />
              <Form>
                <Form.Item label="a" name="a">
                  <Input.Password />
                </Form.Item>
                <Form.Item label="b" name="b">
                  <Radio.Group options={['a']} />
                </Form.Item>
              </Form>
            </Flex>
          </Layout.Content>
        </Layout>
      </Layout>
    </DeskConfig>
  );
}
