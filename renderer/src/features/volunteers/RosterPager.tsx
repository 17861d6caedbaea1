import { Button, Flex, Typography } from 'antd';

interface Props {
  page: number;
  pages: number;
  onMove: (to: 'first' | 'prev' | 'next' | 'last') => void;
}

/** 首页 / 上一页 / 下一页 / 末页 for the keyset-paged roster (no jump to page N: that needs offsets). */
export function RosterPager({ page, pages, onMove }: Props) {
  const atStart = page <= 1;
  const atEnd = page >= pages;
  return (
    <Flex
      component="nav"
      aria-label="名册翻页"
      gap={8}
      align="center"
      justify="flex-end"
      style={{ padding: 16 }}
    >
      <Typography.Text aria-live="polite">
        第 {page} / {pages} 页
      </Typography.Text>
      <Button disabled={atStart} onClick={() => onMove('first')}>
        首页
      </Button>
      <Button disabled={atStart} onClick={() => onMove('prev')}>
        上一页
      </Button>
      <Button disabled={atEnd} onClick={() => onMove('next')}>
        下一页
      </Button>
      <Button disabled={atEnd} onClick={() => onMove('last')}>
        末页
      </Button>
    </Flex>
  );
}
