import type { Activity } from '@shared/model';
import { dateKey } from '@shared/time/center-time';
import { PrintButton } from '../../print/PrintButton';

/** 打印活动记录表: one A4 page with the facts, summary and four photos. */
export function PrintRecordButton({ activity }: { activity: Activity }) {
  return (
    <PrintButton
      label="打印活动记录表"
      what="活动记录表"
      job={{
        kind: 'activity-record',
        params: { id: activity.id },
        pageSizeMm: { widthMm: 210, heightMm: 297 },
        fileName: `活动记录表-${dateKey(activity.start)}-${activity.title}`,
      }}
    />
  );
}
