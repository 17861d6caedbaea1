import { Flex, Tag, Typography } from 'antd';
import type { Honour } from '@shared/model';
import { useRepos } from '../../app/desk-context';
import { useLive } from '../../db/live-query';
import { PlainList } from '../../ui/PlainList';
import { breakdownText } from './breakdown-text';

const KIND_NAMES = { 周: '周度', 月: '月度', 季: '季度', 年: '年度' } as const;

interface Group {
  key: string;
  label: string;
  honours: Honour[];
}

/** 光荣榜: confirmed selections by period, newest period first, volunteers before teams. */
export function HonourRoll() {
  const repos = useRepos();
  const honours = useLive(() => repos.honours.recent(), [repos]);
  const groups: Group[] | undefined = honours && [];
  for (const h of honours ?? []) {
    const key = `${h.period}-${h.periodStart}`;
    const last = groups?.at(-1);
    if (last && last.key === key) last.honours.push(h);
    else
      groups?.push({
        key,
        label: `${h.periodLabel}${KIND_NAMES[h.period]}评选`,
        honours: [h],
      });
  }
  for (const g of groups ?? [])
    g.honours.sort(
      (a, b) => Number(a.winnerType === 'team') - Number(b.winnerType === 'team') || b.points - a.points,
    );

  return (
    <PlainList
      items={groups}
      itemKey={(g) => g.key}
      emptyText="光荣榜还是空的。在“评选”中勾选当选者并确认评选结果后，会在这里展示。"
      renderItem={(g) => (
        <section aria-label={g.label}>
          <Typography.Title level={3} style={{ fontSize: 16 }}>
            {g.label}
          </Typography.Title>
          <Flex vertical gap={4}>
            {g.honours.map((h) => (
              <Flex key={h.id} gap={8} align="baseline" wrap>
                <Tag color={h.winnerType === 'team' ? 'blue' : 'gold'}>{h.title}</Tag>
                <Typography.Text strong>{h.winnerName}</Typography.Text>
                <Typography.Text>{h.points}分</Typography.Text>
                <Typography.Text type="secondary">{breakdownText(h.breakdown)}</Typography.Text>
                {h.reason && <Typography.Text type="secondary">理由：{h.reason}</Typography.Text>}
              </Flex>
            ))}
          </Flex>
        </section>
      )}
    />
  );
}
