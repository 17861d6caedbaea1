import { useEffect, useState } from 'react';
import { formatDocumentNumber } from '@shared/documents/numbering';
import { pageRule } from '@shared/documents/paper';
import { SAMPLE_ROWS, SAMPLE_VALUES } from '@shared/documents/content';
import type { TemplateLayout } from '@shared/documents/template';
import { useRepos } from '../../../app/desk-context';
import { preloadDocumentFonts } from '../document-fonts';
import { DocumentPage, NO_IMAGES, type PageImages, type PageOptions } from '../DocumentPage';
import type { PrintKindProps } from '../registry';
import { reportError } from '../../../db/errors';

interface PageData {
  key: string;
  layout: TemplateLayout;
  values: Record<string, string>;
  rows: string[][];
  images: PageImages;
}

const SAMPLE_NAMES = ['张𠮷', '李华', '王芳', '陈明', '林晓燕', '黄志强', '吴婧', '郑喆', '欧阳堃', '刘洋'];

/** Reads the options every document job shares: 套打 and the printer offset. */
export function pageOptions(params: URLSearchParams): PageOptions {
  const mm = (key: string) => {
    const n = Number(params.get(key) ?? '0');
    return Number.isFinite(n) ? Math.max(-50, Math.min(50, n)) : 0;
  };
  return {
    stockOnly: params.get('stock') === '1',
    offsetXMm: mm('offsetX'),
    offsetYMm: mm('offsetY'),
    guides: false,
  };
}

/**
 * `#/print/documents?ids=…`: issued documents from the register, each with its frozen layout and
 * values (never re-read from the volunteer). `sample=N&template=<id>` prints N pages of sample data.
 */
export function DocumentsJob({ params, onReady, onError }: PrintKindProps) {
  const repos = useRepos();
  const [pages, setPages] = useState<PageData[] | null>(null);

  useEffect(() => {
    let active = true;
    const load = async (): Promise<PageData[]> => {
      const sample = Number(params.get('sample') ?? '0');
      if (sample > 0) {
        const template = await repos.templates.get(params.get('template') ?? '');
        if (!template) throw new Error('找不到所选模板');
        const { layout, backgroundImage, printBackground, sealImage } = template.form;
        return Array.from({ length: Math.min(sample, 2000) }, (_, i) => ({
          key: String(i),
          layout,
          values: {
            ...SAMPLE_VALUES,
            姓名: SAMPLE_NAMES[i % SAMPLE_NAMES.length] ?? '',
            编号: formatDocumentNumber(template.kind, 2026, i + 1),
          },
          rows: [...SAMPLE_ROWS],
          images: { backgroundImage, printBackground, sealImage },
        }));
      }
      const ids = (params.get('ids') ?? '').split(',').filter(Boolean);
      const docs = await repos.documents.byIds(ids);
      if (docs.length !== ids.length)
        throw new Error(`有 ${ids.length - docs.length} 份文书在登记簿中找不到`);
      const voided = docs.find((d) => d.status === '已作废');
      if (voided) throw new Error(`${voided.number} 已作废，不能打印`);
      const images = await repos.documents.imagesOf(docs);
      const byId = new Map(docs.map((d) => [d.id, d]));
      return ids.flatMap((id) => {
        const d = byId.get(id);
        if (!d) return [];
        return [
          {
            key: d.id,
            layout: d.layout,
            values: d.content,
            rows: d.rows,
            images: images.get(d.id) ?? NO_IMAGES,
          },
        ];
      });
    };
    load()
      .then(async (loaded) => {
        await preloadDocumentFonts(loaded);
        return loaded;
      })
      .then(
        (loaded) => {
          if (!active) return;
          if (loaded.length === 0) onError('没有要打印的文书');
          else setPages(loaded);
        },
        (error: unknown) => active && onError(reportError(error)),
      );
    return () => {
      active = false;
    };
  }, [params, repos, onError]);

  useEffect(() => {
    if (pages) onReady();
  }, [pages, onReady]);

  if (!pages) return null;
  const options = pageOptions(params);
  const paper = pages[0]?.layout.paper;
  return (
    <>
      {paper && <style>{pageRule(paper)}</style>}
      {pages.map((p) => (
        <DocumentPage
          key={p.key}
          layout={p.layout}
          values={p.values}
          rows={p.rows}
          images={p.images}
          options={options}
          label={p.values['编号']}
        />
      ))}
    </>
  );
}
