import type { CSSProperties } from 'react';
import { fillSegments, fitLayout } from '@shared/documents/fit';
import { pageFrame, paginateRecords, splitLayout, type RecordsPage } from '@shared/documents/pagination';
import { isVariableElement, type TemplateElement, type TemplateLayout } from '@shared/documents/template';
import { SERIF } from '../../styles/fonts';
import { FONTS } from './document-fonts';
import './print.css';
import { PrintPage } from './PrintPage';
import { QrCode } from './QrCode';
import { ContinuationHeader, PageFooter } from './PageChrome';
import { RecordsTableView } from './RecordsTableView';

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

function ElementView({
  el,
  values,
  rows,
  page,
  continuationTopMm,
  images,
  guides,
  sizePt,
}: {
  el: TemplateElement;
  /** The fitted size of a text element (smaller than its set size when a long value needs it). */
  sizePt: number | undefined;
  values: Readonly<Record<string, string>>;
  rows: readonly string[][];
  page: RecordsPage;
  continuationTopMm: number;
  images: PageImages;
  guides: boolean;
}) {
  switch (el.type) {
    case 'text': {
      const style: CSSProperties = {
        left: `${el.xMm}mm`,
        top: `${el.yMm}mm`,
        width: `${el.widthMm}mm`,
        fontSize: `${sizePt ?? el.sizePt}pt`,
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
          {fillSegments(el.text, values).map((seg, i) =>
            seg.keep ? (
              <span key={i} className="print-keep">
                {seg.text}
              </span>
            ) : (
              seg.text
            ),
          )}
        </div>
      );
    }
    case 'records':
      return (
        <RecordsTableView
          el={el}
          topMm={page.first ? el.yMm : continuationTopMm}
          rows={rows.slice(page.start, page.end)}
          allRows={rows}
          showTotal={page.last}
          font={SERIF}
        />
      );
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

/**
 * A document from a layout and frozen values, used by the print route and the live preview: one page,
 * or, when its detail table runs long, the first page and continuation pages of the same paper.
 */
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
  const split = splitLayout(layout);
  const frame = pageFrame(paper);
  const pages = paginateRecords(layout, rows);
  const { sizes } = fitLayout(layout, values);
  const closing = new Set<TemplateElement>(split?.closing ?? []);
  const onPage = (el: TemplateElement, page: RecordsPage) => {
    if (!split || el.type === 'frame' || el.type === 'records') return true;
    return page.first;
  };
  const view = (el: TemplateElement, page: RecordsPage) => (
    <ElementView
      key={el.id}
      el={el}
      values={values}
      rows={rows}
      page={page}
      continuationTopMm={frame.continuationTableTopMm}
      images={images}
      guides={options.guides}
      sizePt={sizes.get(el.id)}
    />
  );
  const showBackground =
    images.backgroundImage && (options.guides || (images.printBackground && !options.stockOnly));
  return (
    <>
      {pages.map((page) => (
        <PrintPage
          key={page.index}
          widthMm={paper.widthMm}
          heightMm={paper.heightMm}
          {...(label ? { label: page.first ? label : `${label} 第 ${page.index + 1} 页` } : {})}
        >
          {showBackground && page.first && (
            <img
              src={images.backgroundImage ?? ''}
              alt=""
              className={images.printBackground && !options.stockOnly ? undefined : 'screen-only'}
              style={{ position: 'absolute', inset: 0, width: '100%', height: '100%', objectFit: 'fill' }}
            />
          )}
          <div
            className="print-layer"
            style={{ left: `${options.offsetXMm}mm`, top: `${options.offsetYMm}mm` }}
          >
            {split && !page.first && (
              <ContinuationHeader
                xMm={split.table.xMm}
                widthMm={split.table.widthMm}
                topMm={frame.headerTopMm}
                values={values}
              />
            )}
            {elements.filter((el) => onPage(el, page) && !closing.has(el)).map((el) => view(el, page))}
            {page.last && closing.size > 0 && (
              <div className="print-layer" style={{ top: `${page.closingShiftMm}mm` }}>
                {elements.filter((el) => closing.has(el)).map((el) => view(el, page))}
              </div>
            )}
            {split && (
              <PageFooter
                topMm={frame.footerTopMm}
                number={values['编号'] ?? ''}
                page={page.index + 1}
                count={pages.length}
              />
            )}
          </div>
        </PrintPage>
      ))}
    </>
  );
}
