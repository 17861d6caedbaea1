import { Alert, Radio, Table, Tag, Typography } from 'antd';
import type { PreviewRow } from '../../db/repos/places';
import { dateKey, formatDateCn, formatTime, parseDateKey, weekdayOf } from '@shared/time/center-time';

/** What to do with a conflicting date: leave it out, or take the nearest free time that week. */
export type PreviewChoice = 'skip' | 'move';

interface Props {
  rows: PreviewRow[] | undefined;
  choices: ReadonlyMap<string, PreviewChoice>;
  onChoose(date: string, choice: PreviewChoice): void;
  describe: string;
}

/** Every date of the repeat rule with 可预约 / 冲突, before anything is saved. */
export function SeriesPreview({ rows, choices, onChoose, describe }: Props) {
  const conflicts = rows?.filter((r) => r.problems.length > 0).length ?? 0;
  return (
    <section aria-label="重复预约预览" style={{ marginBottom: 12 }}>
      <Typography.Text strong>
        预览：{describe}
        {/* A rule with a count already says how many; one with an end date does not. */}
        {rows && !/共 \d+ 次/.test(describe) && `，共 ${rows.length} 次`}
      </Typography.Text>
      {conflicts > 0 && (
        <Alert
          style={{ margin: '8px 0' }}
          type="warning"
          showIcon
          title={`其中 ${conflicts} 次无法按原时间预约：可跳过，或改到前后三天内最近的空闲时间`}
        />
      )}
      <Table<PreviewRow>
        size="small"
        rowKey="date"
        pagination={false}
        scroll={{ y: 240 }}
        loading={rows === undefined}
        dataSource={rows}
        columns={[
          { title: '日期', key: 'date', render: (_, r) => formatDateCn(r.date) },
          {
            title: '时间',
            key: 'time',
            width: 110,
            render: (_, r) => `${formatTime(r.start)}–${formatTime(r.end)}`,
          },
          {
            title: '检查结果',
            key: 'state',
            render: (_, r) =>
              r.problems.length === 0 ? (
                <Tag color="green">可预约</Tag>
              ) : (
                <div>
                  <Tag color="red">冲突</Tag>
                  <Typography.Text type="secondary">{r.problems[0]?.message}</Typography.Text>
                  <div>
                    <Radio.Group
                      aria-label={`${r.date} 的处理方式`}
                      size="small"
                      value={choices.get(r.date) ?? 'skip'}
                      onChange={(e) => onChoose(r.date, e.target.value as PreviewChoice)}
                      options={[
                        { value: 'skip', label: '跳过' },
                        ...(r.move
                          ? [
                              {
                                value: 'move',
                                label: `改到 ${moveLabel(r.date, r.move)}`,
                              },
                            ]
                          : []),
                      ]}
                    />
                  </div>
                </div>
              ),
          },
        ]}
      />
    </section>
  );
}

const WEEKDAY_SHORT = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

/** "10:45–11:45" on the same day; "9月30日（周三）09:00–10:00" when the move changes the date. */
function moveLabel(date: string, move: { start: number; end: number }): string {
  const time = `${formatTime(move.start)}–${formatTime(move.end)}`;
  const day = dateKey(move.start);
  if (day === date) return time;
  const parts = parseDateKey(day);
  return `${parts?.month}月${parts?.day}日（${WEEKDAY_SHORT[weekdayOf(day)]}）${time}`;
}
