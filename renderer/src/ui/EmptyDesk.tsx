import { Button, Empty } from 'antd';
import { useNavigate } from 'react-router-dom';

/** Empty state for a desk with no data yet: says what to do next and goes there. */
export function EmptyDesk({ description }: { description: string }) {
  const navigate = useNavigate();
  return (
    <Empty description={description} style={{ padding: '32px 0' }}>
      <Button type="primary" onClick={() => void navigate('/settings')}>
        前往设置载入示例数据
      </Button>
    </Empty>
  );
}
