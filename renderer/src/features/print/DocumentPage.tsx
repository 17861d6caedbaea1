import type { CSSProperties } from 'react';
import { fillPlaceholders } from '@shared/documents/placeholders';
import {
  isVariableElement,
  type RecordsTable,
  type TemplateElement,
  type TemplateFont,
  type TemplateLayout,
} from '@shared/documents/template';
import { KAI, SANS, SERIF } from '../../styles/fonts';
import './print.css';
import { PrintPage } from './PrintPage';
import { QrCode } from './QrCode';

const FONTS: Record<TemplateFont, string> = { serif: SERIF, kai: KAI, sans: SANS };

/** How one page is printed. */
export interface PageOptions {
  /** 套打: only per-document data, on pre-printed stock; backgrounds, frames and fixed text stay off. */
  stockOnly: boolean;
  /** Calibrated printer shift in mm (+ right / down). */
  offsetXMm: number;
  offsetYMm: number;
  /** On screen: show the seal area and a non-printing background as guides. */
  guides: boolean;
}

export interface PageImages {
  backgroundImage: string | null;
  printBackground: boolean;
  sealImage: string | null;
}

export const NO_IMAGES: PageImages = { backgroundImage: null, printBackground: false, sealImage: null };

function RecordsTableView({ el, rows, font }: { el: RecordsTable; rows: readonly string[][]; font: string }) {
  const total = rows.reduce((sum, r) => sum + (Number(r[3]) || 0), 0);
  const overflow = rows.length > el.maxRows;
  const shown = overflow ? rows.slice(0, el.maxRows - 1) : rows;
  const hidden = rows.slice(shown.length);
  const hiddenHours = hidden.reduce((sum, r) => sum + (Number(r[3]) || 0), 0);
  const fmt = (h: number) => String(Math.round(h * 10) / 10);
  return (
    <table
      className="print-records"
      style={{
        left: `${el.xMm}mm`,
        top: `${el.yMm}mm`,
        width: `${el.widthMm}mm`,
        fontSize: `${el.sizePt}pt`,
        fontFamily: font,
      }}
    >
      <colgroup>
        <col style={{ width: '20%' }} />
        <col style={{ width: '38%' }} />
        <col style={{ width: '27%' }} />
        <col style={{ width: '15%' }} />
      </colgroup>
      <thead>
        <tr>
          <th>服务日期</th>
          <th>活动（项目）名称</th>
          <th>服务岗位 / 内容</th>
          <th>时长（小时）</th>
        </tr>
      </thead>
      <tbody>
        {shown.map((r, i) => (
          <tr key={i}>
            <td>{r[0]}</td>
            <td className="left">{r[1]}</td>
            <td className="left">{r[2]}</td>
            <td>{r[3]}</td>
          </tr>
        ))}
        {overflow && (
          <tr>
            <td colSpan={3} className="left">
              另有 {hidden.length} 条已确认记录（{hidden[0]?.[0]} 至 {hidden.at(-1)?.[0]}），明细存档备查
            </td>
            <td>{fmt(hiddenHours)}</td>
          </tr>
        )}
        <tr>
          <td colSpan={3} style={{ fontWeight: 700 }}>
            合计（{rows.length} 次）
          </td>
          <td style={{ fontWeight: 700 }}>{fmt(total)}</td>
        </tr>
      </tbody>
    </table>
  );
}

function ElementView({
  el,
  values,
  rows,
  images,
  guides,
}: {
  el: TemplateElement;
  values: Readonly<Record<string, string>>;
  rows: readonly string[][];
  images: PageImages;
  guides: boolean;
}) {
  switch (el.type) {
    case 'text': {
      const style: CSSProperties = {
        left: `${el.xMm}mm`,
        top: `${el.yMm}mm`,
        width: `${el.widthMm}mm`,
        fontSize: `${el.sizePt}pt`,
        fontFamily: FONTS[el.font],
        fontWeight: el.bold ? 700 : 400,
        textAlign: el.align,
        lineHeight: el.lineHeight,
        letterSpacing: el.letterSpacingEm ? `${el.letterSpacingEm}em` : undefined,
        // Centred spaced titles would drift right by the trailing letter spacing.
        textIndent: el.indent
          ? '2em'
          : el.align === 'center' && el.letterSpacingEm
            ? `${el.letterSpacingEm}em`
            : undefined,
        color: el.color,
      };
      return (
        <div className="print-text" style={style} data-element={el.id}>
          {fillPlaceholders(el.text, values)}
        </div>
      );
    }
    case 'records':
      return <RecordsTableView el={el} rows={rows} font={SERIF} />;
    case 'qr':
      return values['编号'] ? (
        <QrCode
          text={values['编号']}
          sizeMm={el.sizeMm}
          style={{ position: 'absolute', left: `${el.xMm}mm`, top: `${el.yMm}mm` }}
        />
      ) : null;
    case 'seal':
      if (images.sealImage) {
        return (
          <img
            src={images.sealImage}
            alt="印章"
            style={{
              position: 'absolute',
              left: `${el.xMm}mm`,
              top: `${el.yMm}mm`,
              width: `${el.sizeMm}mm`,
              height: `${el.sizeMm}mm`,
              objectFit: 'contain',
            }}
          />
        );
      }
      return guides ? (
        <div
          className="print-seal-area screen-only"
          style={{
            left: `${el.xMm}mm`,
            top: `${el.yMm}mm`,
            width: `${el.sizeMm}mm`,
            height: `${el.sizeMm}mm`,
          }}
        >
          盖章处
        </div>
      ) : null;
    case 'frame': {
      const line = el.double ? `1.2mm double ${el.color}` : `0.6mm solid ${el.color}`;
      return (
        <>
          <div style={{ position: 'absolute', inset: `${el.insetMm}mm`, border: line }} />
          {el.double && (
            <div
              style={{
                position: 'absolute',
                inset: `${el.insetMm + 2.4}mm`,
                border: `0.25mm solid ${el.color}`,
              }}
            />
          )}
        </>
      );
    }
  }
}

/** One document page from a layout and frozen values: used by the print route and the live preview. */
export function DocumentPage({
  layout,
  values,
  rows,
  images,
  options,
  label,
}: {
  layout: TemplateLayout;
  values: Readonly<Record<string, string>>;
  rows: readonly string[][];
  images: PageImages;
  options: PageOptions;
  label?: string;
}) {
  const { paper } = layout;
  const elements = options.stockOnly ? layout.elements.filter(isVariableElement) : layout.elements;
  const showBackground =
    images.backgroundImage && (options.guides || (images.printBackground && !options.stockOnly));
  return (
    <PrintPage widthMm={paper.widthMm} heightMm={paper.heightMm} {...(label ? { label } : {})}>
      {showBackground && (
        <img
          src={images.backgroundImage ?? ''}
          alt=""
          className={images.printBackground && !options.stockOnly ? undefined : 'screen-only'}
          style={{ position: 'absolute', inset: 0, width: '100%', height: '100%', objectFit: 'fill' }}
        />
      )}
      <div className="print-layer" style={{ left: `${options.offsetXMm}mm`, top: `${options.offsetYMm}mm` }}>
        {elements.map((el) => (
          <ElementView
            key={el.id}
            el={el}
            values={values}
            rows={rows}
            images={images}
            guides={options.guides}
          />
        ))}
      </div>
    </PrintPage>
  );
}
