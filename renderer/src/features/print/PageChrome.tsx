import { SANS, SERIF } from '../../styles/fonts';

/** On every page of a certificate with a detail table, so loose pages can be matched. */
export function PageFooter({
  topMm,
  number,
  page,
  count,
}: {
  topMm: number;
  number: string;
  page: number;
  count: number;
}) {
  return (
    <div
      className="print-text print-page-footer"
      style={{ left: 0, right: 0, top: `${topMm}mm`, fontFamily: SANS }}
    >
      {number ? `编号：${number}\u3000\u3000` : ''}第 {page} 页 共 {count} 页
    </div>
  );
}

/** The small header of a continuation page: the center, what this is, and the number. */
export function ContinuationHeader({
  xMm,
  widthMm,
  topMm,
  values,
}: {
  xMm: number;
  widthMm: number;
  topMm: number;
  values: Readonly<Record<string, string>>;
}) {
  return (
    <div
      className="print-continuation"
      style={{ left: `${xMm}mm`, width: `${widthMm}mm`, top: `${topMm}mm`, fontFamily: SERIF }}
    >
      <div className="print-continuation-meta" style={{ fontFamily: SANS }}>
        <span>{values['出具单位']}</span>
        <span>{values['编号'] ? `编号：${values['编号']}` : ''}</span>
      </div>
      <div className="print-continuation-title">志愿服务记录证明（续页）</div>
    </div>
  );
}
