import { Alert, Typography } from 'antd';
import type { PatternPreview } from '../../../db/repos/rosters';
import { ClashAlert } from '../VolunteerSearch';
import { dayHeading } from '../week-grid';

type Ready = Extract<PatternPreview, { ok: true }>;

/**
 * What saving would do: how many shifts, from when to when, which weekday dates are skipped and why
 * (节假日, 寒假…), and clashes, which block saving until another person or date is chosen.
 */
export function PatternPreviewPanel({ preview }: { preview: Ready }) {
  const first = preview.dates[0];
  return (
    <section aria-labelledby="pattern-preview" aria-live="polite">
      <Typography.Text strong id="pattern-preview">
        预览
      </Typography.Text>
      {first === undefined ? (
        <Alert type="warning" showIcon title="所选日期内该岗位都不上岗，没有可排的班，请改选星期几或日期" />
      ) : (
        <Typography.Paragraph style={{ margin: '4px 0' }}>
          共排 {preview.dates.length} 次（{first} 至 {preview.dates.at(-1)}）
        </Typography.Paragraph>
      )}
      {preview.skipped.length > 0 && (
        <>
          <Typography.Text>跳过 {preview.skipped.length} 天：</Typography.Text>
          <ul aria-label="跳过的日期" style={{ margin: '2px 0 8px', paddingInlineStart: 18 }}>
            {preview.skipped.map((s) => (
              <li key={s.date}>
                {s.date}（{dayHeading(s.date).slice(0, 2)}）{s.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      <ClashAlert title="有排班冲突，不能保存，请改排他人或调整日期" clashes={preview.clashes} />
    </section>
  );
}
