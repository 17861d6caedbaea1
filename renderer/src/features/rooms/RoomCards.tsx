import { Card, Col, Row, Space, Tag, Typography } from 'antd';
import type { Room } from '@shared/model';
import { summariseOpeningHours } from './opening-hours';

const { Text } = Typography;

/** Every room at a glance: what it is, how many it holds, what is in it and when it is open. */
export function RoomCards({ rooms }: { rooms: Room[] }) {
  return (
    <Row gutter={[16, 16]}>
      {rooms.map((room) => (
        <Col key={room.id} xs={24} md={12} xxl={8}>
          <Card
            size="small"
            style={{ height: '100%', borderInlineStart: `4px solid ${room.color}` }}
            title={
              <Space size={8}>
                <h3 style={{ fontSize: 15, margin: 0 }}>{room.name}</h3>
                <Tag style={{ marginInlineEnd: 0 }}>{room.kind}</Tag>
              </Space>
            }
            extra={
              <Space size={4}>
                {room.needsApproval && <Tag color="gold">需审核</Tag>}
                {!room.active && <Tag color="default">停用</Tag>}
              </Space>
            }
          >
            <Space orientation="vertical" size={6} style={{ width: '100%' }}>
              <Text>
                容纳 <span className="tabular">{room.capacity}</span> 人
                {room.area !== null && <Text type="secondary"> · {room.area} 平方米</Text>}
                {room.location && <Text type="secondary"> · {room.location}</Text>}
              </Text>
              <Text type="secondary">开放时间：{summariseOpeningHours(room.openingHours)}</Text>
              {room.equipment.length > 0 && (
                <div>
                  {room.equipment.map((item) => (
                    <Tag key={item} variant="filled" style={{ marginBottom: 4 }}>
                      {item}
                    </Tag>
                  ))}
                </div>
              )}
            </Space>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
