import { builtinTemplate } from '@shared/documents/defaults';
import { SAMPLE_ROWS, SAMPLE_VALUES } from '@shared/documents/content';
import { fillPlaceholders } from '@shared/documents/placeholders';
import { layoutTexts } from '@shared/documents/template';
import { createDatabase, createRepos, openDatabase, systemContext } from '../../../renderer/src/db';
import type { IssueDraft } from '../../../renderer/src/db/repos/documents';
import { median, type Measure } from '../measure';

const COUNT = 500;

/**
 * Browser side of the documents bench: issuing a batch of 500 (numbers allocated and the register
 * written in one transaction) against a raw bulkAdd of the same rows. The 500-page PDF against pdfme
 * runs in Node (tests/bench/node/documents.mjs), since page.pdf() is driven from outside the page.
 */
export async function run(): Promise<Measure[]> {
  const ctx = systemContext('bench-desk');
  const template = builtinTemplate('builtin:honour-a4');
  if (!template) throw new Error('no built-in honour template');
  const drafts: IssueDraft[] = Array.from({ length: COUNT }, (_, i) => ({
    kind: '荣誉证书',
    templateId: template.id,
    layout: template.layout,
    recipientType: 'volunteer',
    recipientId: null,
    recipientName: `志愿者${i}`,
    content: { ...SAMPLE_VALUES, 姓名: `志愿者${i}` },
    rows: [...SAMPLE_ROWS],
  }));

  const fill = await median(5, async () => {
    for (const d of drafts) for (const t of layoutTexts(d.layout)) fillPlaceholders(t, d.content);
  });

  const db = createDatabase(`bench-documents-${Date.now()}`);
  await openDatabase(db);
  const repos = createRepos(db, ctx);
  const issue = await median(5, () => repos.documents.issue(drafts));
  const raw = await median(5, () =>
    db.documents.bulkAdd(
      drafts.map((d, i) => ({
        ...d,
        id: crypto.randomUUID(),
        createdAt: 0,
        updatedAt: 0,
        deletedAt: null,
        deskId: ctx.deskId,
        number: `RAW-${Date.now()}-${i}-${Math.random()}`,
        year: 2026,
        issuedAt: 0,
        issuedBy: '',
        printCount: 0,
        status: '待打印' as const,
        voidReason: null,
        lastPrintError: null,
      })),
    ),
  );
  db.close();
  return [
    { name: `fill placeholders of ${COUNT} certificates`, ms: fill, reference: null, targetRatio: null },
    {
      name: `issue ${COUNT} certificates (numbers + register, one transaction)`,
      ms: issue,
      reference: { name: `raw bulkAdd of ${COUNT} register rows`, ms: raw },
      targetRatio: null,
    },
  ];
}
