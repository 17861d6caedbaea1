import { Button, List, Typography } from 'antd';
import type { NamedSuggestion } from '../../../db/repos/rosters';
import type { PickedVolunteer } from '../VolunteerSearch';

/**
 * Who could take the pattern's shifts, best first, each with why (同队, 曾在此岗到岗 N 次, 同社区); 选用
 * puts the person in the form. People who would clash on any date are already left out.
 */
export function PatternSuggestions({
  suggestions,
  pickedId,
  onPick,
}: {
  suggestions: readonly NamedSuggestion[] | undefined;
  pickedId: string;
  onPick(v: PickedVolunteer): void;
}) {
  return (
    <section aria-labelledby="pattern-suggestions">
      <Typography.Text strong id="pattern-suggestions">
        推荐人选
      </Typography.Text>
      {suggestions !== undefined && suggestions.length === 0 ? (
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          暂无推荐：选好班次、星期几和日期后，这里列出负责服务队的队员和曾在本岗位到岗的志愿者；也可直接在上方搜索。
        </Typography.Paragraph>
      ) : (
        <List<NamedSuggestion>
          size="small"
          loading={suggestions === undefined}
          dataSource={suggestions ?? []}
          renderItem={(s) => (
            <List.Item
              actions={[
                <Button
                  key="pick"
                  size="small"
                  type={s.volunteerId === pickedId ? 'primary' : 'default'}
                  aria-pressed={s.volunteerId === pickedId}
                  aria-label={`选用${s.name}`}
                  onClick={() => onPick({ id: s.volunteerId, label: s.name })}
                >
                  选用
                </Button>,
              ]}
            >
              <span>
                {s.name}（{s.volunteerNo}）
                <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                  {s.reasons.length > 0 ? s.reasons.join('、') : '无冲突'}
                </Typography.Text>
              </span>
            </List.Item>
          )}
        />
      )}
    </section>
  );
}
