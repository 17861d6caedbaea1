import { Card, Col, Row, Typography } from 'antd';
import { DOCUMENT_PREFIX, type DocumentKind } from '@shared/model';

const { Paragraph, Text } = Typography;

interface KindInfo {
  kind: DocumentKind;
  purpose: string;
  holds: string;
}

/** What each kind is for, in the words the center's own reports use. */
const KINDS: readonly KindInfo[] = [
  {
    kind: '感谢信',
    purpose: '致参与活动的志愿者、居民或协办单位，A4 纵向信函，落款盖章。',
    holds: '登记接收人、开具日期与打印次数。',
  },
  {
    kind: '荣誉证书',
    purpose: '表彰优秀志愿者和先进单位，可套打在预印的证书纸上。',
    holds: '登记获奖人或单位、表彰事由与开具日期。',
  },
  {
    kind: '志愿服务记录证明',
    purpose: '按《志愿服务记录与证明出具办法》，依据本中心记录的已确认服务时长如实出具。',
    holds: '登记志愿者、证明编号与出具日期；内容在开具时固定，不随后续修改变化。',
  },
];

/** The three kinds of document the register numbers, each with its own number series. */
export function DocumentKindCards({ year }: { year: number }) {
  return (
    <Row gutter={[16, 16]}>
      {KINDS.map((info) => (
        <Col key={info.kind} xs={24} lg={8}>
          <Card
            size="small"
            style={{ height: '100%' }}
            title={<h3 style={{ fontSize: 15, margin: 0 }}>{info.kind}</h3>}
          >
            <Paragraph style={{ marginBottom: 8 }}>{info.purpose}</Paragraph>
            <Paragraph type="secondary" style={{ marginBottom: 8 }}>
              {info.holds}
            </Paragraph>
            <Text type="secondary">
              编号格式：
              <Text code className="tabular">
                {DOCUMENT_PREFIX[info.kind]}-{year}-00001
              </Text>
            </Text>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
