import { PrintButton } from './PrintButton';

/** 打印当日安排表: the 每日场地安排表 of one date (`YYYY-MM-DD`), for the door. */
export function PrintDailySheetButton({ date }: { date: string }) {
  return (
    <PrintButton
      label="打印当日安排表"
      what="每日场地安排表"
      job={{
        kind: 'daily-sheet',
        params: { date },
        pageSizeMm: { widthMm: 210, heightMm: 297 },
        fileName: `每日场地安排表-${date}`,
      }}
    />
  );
}
