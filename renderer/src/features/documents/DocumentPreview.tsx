import { paginateRecords } from '@shared/documents/pagination';
import type { TemplateLayout } from '@shared/documents/template';
import { DocumentPage, type PageImages } from '../print/DocumentPage';

const PX_PER_MM = 96 / 25.4;

/**
 * A document at a fixed on-screen width, exactly as it prints (same component as the print route): every
 * page, one under the other, so a long 志愿服务记录证明 shows its continuation pages too.
 */
export function DocumentPreview({
  layout,
  values,
  rows,
  images,
  widthPx,
  stockOnly = false,
  label,
}: {
  layout: TemplateLayout;
  values: Readonly<Record<string, string>>;
  rows: readonly string[][];
  images: PageImages;
  widthPx: number;
  stockOnly?: boolean;
  label?: string;
}) {
  const { widthMm, heightMm } = layout.paper;
  const scale = widthPx / (widthMm * PX_PER_MM);
  const pages = paginateRecords(layout, rows).length;
  const name = label ?? '预览';
  return (
    <div
      role="img"
      className="document-preview"
      aria-label={pages > 1 ? `${name}（共 ${pages} 页）` : name}
      style={{
        width: widthPx,
        height: pages * heightMm * PX_PER_MM * scale,
        overflow: 'hidden',
        boxShadow: '0 1px 6px rgba(0,0,0,0.18)',
        background: '#fff',
        flex: 'none',
      }}
    >
      <div style={{ transform: `scale(${scale})`, transformOrigin: 'top left', width: `${widthMm}mm` }}>
        <DocumentPage
          layout={layout}
          values={values}
          rows={rows}
          images={images}
          options={{ stockOnly, offsetXMm: 0, offsetYMm: 0, guides: true }}
        />
      </div>
    </div>
  );
}
