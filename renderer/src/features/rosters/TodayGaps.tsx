import { Alert, Typography } from 'antd';
import { useRepos } from '../../app/desk-context';
import { useLive } from '../../db/live-query';
import { shiftText } from './week-grid';

/** 今日缺岗: today's under-staffed shifts across every post, earliest first, so the desk can call round. */
export function TodayGaps({ today }: { today: string }) {
  const repos = useRepos();
  const gaps = useLive(() => repos.rosters.gapsOn(today), [repos, today]);
  if (gaps === undefined) return null;
  return (
    <section aria-labelledby="duty-today-gaps">
      <Typography.Title level={2} id="duty-today-gaps" style={{ fontSize: 16, margin: '0 0 8px' }}>
        今日缺岗
      </Typography.Title>
      {gaps.length === 0 ? (
        <Alert type="success" title="今天各岗位的班次人员都已排齐。" />
      ) : (
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {gaps.map((g) => (
            <li key={`${g.postId}-${g.shiftId}`}>
              {g.post.name}（{g.post.place}）{shiftText(g.shift)}：已排 {g.staffed}/{g.needed}，
              <Typography.Text type="danger">缺 {g.missing} 人</Typography.Text>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
