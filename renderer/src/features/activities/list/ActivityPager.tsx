import { Button, Flex, Typography } from 'antd';

interface Props {
  page: number;
  hasNewer: boolean;
  hasOlder: boolean;
  onMove: (to: 'first' | 'prev' | 'next') => void;
}

/** 首页 / 上一页 / 下一页 for the keyset-paged list (no jump to page N: that needs offsets). */
export function ActivityPager({ page, hasNewer, hasOlder, onMove }: Props) {
  return (
    <Flex component="nav" aria-label="活动记录翻页" gap={8} align="center" style={{ padding: 16 }}>
      <Typography.Text aria-live="polite">第 {page} 页</Typography.Text>
      <Button disabled={!hasNewer} onClick={() => onMove('first')}>
        首页
      </Button>
      <Button disabled={!hasNewer} onClick={() => onMove('prev')}>
        上一页
      </Button>
      <Button disabled={!hasOlder} onClick={() => onMove('next')}>
        下一页
      </Button>
    </Flex>
  );
}
