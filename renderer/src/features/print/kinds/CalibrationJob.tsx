import { useEffect } from 'react';
import { pageRule } from '@shared/documents/paper';
import { SANS } from '../../../styles/fonts';
import { PrintPage } from '../PrintPage';
import type { PrintKindProps } from '../registry';

/** Where the calibration crosses sit, in mm from the paper's top-left corner. */
export const CALIBRATION_MARK_MM = 30;

const Cross = ({ x, y }: { x: number; y: number }) => (
  <>
    <div
      style={{
        position: 'absolute',
        left: `${x - 8}mm`,
        top: `${y}mm`,
        width: '16mm',
        borderTop: '0.2mm solid #000',
      }}
    />
    <div
      style={{
        position: 'absolute',
        left: `${x}mm`,
        top: `${y - 8}mm`,
        height: '16mm',
        borderLeft: '0.2mm solid #000',
      }}
    />
  </>
);

/**
 * `#/print/calibration?w=210&h=297`: a test page for 套打. Staff measure with a ruler how far the printed
 * crosses are from the paper edges; the difference from 30 mm is the printer's offset.
 */
export function CalibrationJob({ params, onReady }: PrintKindProps) {
  const w = Number(params.get('w')) || 210;
  const h = Number(params.get('h')) || 297;
  useEffect(() => onReady(), [onReady]);
  const m = CALIBRATION_MARK_MM;
  return (
    <>
      <style>{pageRule({ widthMm: w, heightMm: h })}</style>
      <PrintPage widthMm={w} heightMm={h} label="套打校准页">
        <Cross x={m} y={m} />
        <Cross x={w - m} y={m} />
        <Cross x={m} y={h - m} />
        <Cross x={w - m} y={h - m} />
        <div
          style={{
            position: 'absolute',
            left: `${m + 4}mm`,
            top: `${m + 4}mm`,
            width: `${w - 2 * m - 8}mm`,
            fontFamily: SANS,
            fontSize: '11pt',
            lineHeight: 1.8,
          }}
        >
          <strong style={{ fontSize: '16pt' }}>套打校准页</strong>
          <br />
          用直尺量左上角十字中心到纸张左边缘、上边缘的距离（毫米）。
          <br />
          横向偏移 = {m} − 到左边缘的距离；纵向偏移 = {m} − 到上边缘的距离。
          <br />
          例：量得 32 与 29，则横向偏移填 −2，纵向偏移填 1。
          <br />
          纸张：{w} × {h} 毫米；打印时请选择“实际大小”，不要缩放。
        </div>
      </PrintPage>
    </>
  );
}
