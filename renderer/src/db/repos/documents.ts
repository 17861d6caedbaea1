import { stampNew, stampUpdate, type DocumentKind, type IssuedDocument } from '@shared/model';
import { fitLayout, overflowMessage } from '@shared/documents/fit';
import { allocateNumbers, counterKey, formatDocumentNumber } from '@shared/documents/numbering';
import type { TemplateLayout } from '@shared/documents/template';
import { dateKey } from '@shared/time/center-time';
import type { WriteContext } from '../context';
import type { DeskDatabase } from '../database';
import { appendAudit } from './audit';
import { freezeTemplateImages, imagesOf, type DocumentImages } from './frozen-images';
import { live } from './live';

/** One document to issue; its number is allocated by `issue`. */
export interface IssueDraft {
  kind: DocumentKind;
  templateId: string | null;
  layout: TemplateLayout;
  recipientType: IssuedDocument['recipientType'];
  recipientId: string | null;
  recipientName: string;
  content: Record<string, string>;
  rows: string[][];
}

/** Filters of the register list. */
export interface RegisterFilter {
  kind?: DocumentKind | undefined;
  query?: string | undefined;
  limit?: number | undefined;
}

/** Where a register page ended: the last issue time and the ids already read at it. */
export interface RegisterCursor {
  issuedAt: number;
  ids: string[];
}

/** Newest issue first; within one issue, by kind and then number, as the paper register lists them. */
function registerOrder(a: IssuedDocument, b: IssuedDocument): number {
  return b.issuedAt - a.issuedAt || a.number.localeCompare(b.number);
}

/** The register (台账): numbering, issue, print outcomes, void; and its reads. */
export function documentsRepo(db: DeskDatabase, ctx: WriteContext) {
  return {
    /**
     * The register, newest first and, within one batch (one issue time), in number order; optionally
     * one kind or matching a number/recipient fragment.
     */
    async register(filter: RegisterFilter = {}): Promise<IssuedDocument[]> {
      const q = filter.query?.trim().toUpperCase() ?? '';
      const limit = filter.limit ?? 500;
      const wanted = (d: IssuedDocument) =>
        d.deletedAt === null &&
        (!filter.kind || d.kind === filter.kind) &&
        (!q || d.number.includes(q) || d.recipientName.includes(q));
      const rows = await db.documents.orderBy('issuedAt').reverse().filter(wanted).limit(limit).toArray();
      const oldest = rows.at(-1);
      // A batch shares one issue time and its rows come back in id order: read the whole batch at the
      // cut, so the numbers shown are the batch's first ones, not a random few.
      if (rows.length === limit && oldest) {
        const seen = new Set(rows.map((d) => d.id));
        const rest = await db.documents.where('issuedAt').equals(oldest.issuedAt).filter(wanted).toArray();
        rows.push(...rest.filter((d) => !seen.has(d.id)));
      }
      return rows.sort(registerOrder).slice(0, limit);
    },

    /**
     * One page of the register for an export, newest first: from an issue time downwards, skipping the
     * ids already read at that time (a batch shares one), so 126,000 rows read in steady keyset pages.
     */
    async registerPage(
      filter: Omit<RegisterFilter, 'limit'>,
      after: RegisterCursor | null,
      limit: number,
    ): Promise<{ rows: IssuedDocument[]; next: RegisterCursor | null }> {
      const q = filter.query?.trim().toUpperCase() ?? '';
      const seen = new Set(after?.ids ?? []);
      const range = after
        ? db.documents.where('issuedAt').belowOrEqual(after.issuedAt)
        : db.documents.orderBy('issuedAt');
      const rows = await range
        .reverse()
        .filter(
          (d) =>
            d.deletedAt === null &&
            !seen.has(d.id) &&
            (!filter.kind || d.kind === filter.kind) &&
            (!q || d.number.includes(q) || d.recipientName.includes(q)),
        )
        .limit(limit)
        .toArray();
      const last = rows.at(-1);
      if (rows.length < limit || !last) return { rows, next: null };
      const atCut = rows.filter((d) => d.issuedAt === last.issuedAt).map((d) => d.id);
      const carried = after?.issuedAt === last.issuedAt ? after.ids : [];
      return { rows, next: { issuedAt: last.issuedAt, ids: [...carried, ...atCut] } };
    },

    /** The images each document prints with (frozen at issue; see frozen-images). */
    imagesOf(docs: readonly IssuedDocument[]): Promise<Map<string, DocumentImages>> {
      return imagesOf(db, docs);
    },

    async byIds(ids: readonly string[]): Promise<IssuedDocument[]> {
      const rows = await db.documents.bulkGet([...ids]);
      return rows.filter((d): d is IssuedDocument => d !== undefined && d.deletedAt === null);
    },

    /** The register entry of a number (核验), voided ones included. */
    async byNumber(number: string): Promise<IssuedDocument | undefined> {
      const row = await db.documents.where('number').equals(number).first();
      return row && row.deletedAt === null ? row : undefined;
    },

    /**
     * Issues documents: numbers per kind and year are allocated and the documents written in ONE
     * transaction, so concurrent issues never share a number and a failure leaves no gap-filled half.
     */
    async issue(drafts: readonly IssueDraft[]): Promise<IssuedDocument[]> {
      if (drafts.length === 0) return [];
      // Measured before anything is numbered: a text that would overprint refuses the whole batch.
      const year = Number(dateKey(ctx.now()).slice(0, 4));
      for (const d of drafts) {
        const number = formatDocumentNumber(d.kind, year, 1, db.numberMark);
        const [overflow] = fitLayout(d.layout, { ...d.content, 编号: number }).overflow;
        if (overflow) throw new Error(overflowMessage(d.recipientName, d.kind, overflow));
      }
      const scope = [db.documents, db.counters, db.auditLog, db.templates, db.assets];
      return db.transaction('rw', scope, async () => {
        const now = ctx.now();
        const year = Number(dateKey(now).slice(0, 4));
        const frozen = await freezeTemplateImages(
          db,
          ctx,
          drafts.flatMap((d) => (d.templateId ? [d.templateId] : [])),
        );
        const byKind = new Map<DocumentKind, IssueDraft[]>();
        for (const d of drafts) byKind.set(d.kind, [...(byKind.get(d.kind) ?? []), d]);
        const issued: IssuedDocument[] = [];
        for (const [kind, group] of byKind) {
          const key = counterKey(kind, year, db.numberMark);
          const counter = await db.counters.where('key').equals(key).first();
          const { numbers, last } = allocateNumbers(
            kind,
            year,
            counter?.last ?? 0,
            group.length,
            db.numberMark,
          );
          if (counter) await db.counters.put(stampUpdate(counter, { last }, { now, deskId: ctx.deskId }));
          else await db.counters.add(stampNew({ key, last }, { id: ctx.newId(), now, deskId: ctx.deskId }));
          group.forEach((draft, i) => {
            const number = numbers[i] ?? '';
            issued.push(
              stampNew(
                {
                  ...draft,
                  content: { ...draft.content, 编号: number },
                  number,
                  year,
                  issuedAt: now,
                  issuedBy: ctx.actor,
                  printCount: 0,
                  status: '待打印' as const,
                  voidReason: null,
                  lastPrintError: null,
                  images: (draft.templateId && frozen.get(draft.templateId)) || null,
                },
                { id: ctx.newId(), now, deskId: ctx.deskId },
              ),
            );
          });
        }
        await db.documents.bulkAdd(issued);
        await appendAudit(db, ctx, {
          action: '开具文书',
          entity: 'documents',
          entityId: issued.length === 1 ? (issued[0]?.id ?? null) : null,
          after: { numbers: issued.map((d) => d.number) },
        });
        return issued;
      });
    },

    /** Records how a print of these documents ended; a failure keeps the number for a retry. */
    async recordPrint(
      ids: readonly string[],
      outcome: { ok: true } | { ok: false; error: string },
    ): Promise<void> {
      await db.transaction('rw', db.documents, db.auditLog, async () => {
        const now = ctx.now();
        const rows = (await db.documents.bulkGet([...ids])).filter(
          (d): d is IssuedDocument => d !== undefined && d.status !== '已作废',
        );
        await db.documents.bulkPut(
          rows.map((d) =>
            stampUpdate(
              d,
              outcome.ok
                ? { printCount: d.printCount + 1, status: '已打印', lastPrintError: null }
                : { status: d.printCount > 0 ? '已打印' : '打印失败', lastPrintError: outcome.error },
              { now, deskId: ctx.deskId },
            ),
          ),
        );
        await appendAudit(db, ctx, {
          action: outcome.ok ? '打印文书' : '文书打印失败',
          entity: 'documents',
          entityId: rows.length === 1 ? (rows[0]?.id ?? null) : null,
          after: { numbers: rows.map((d) => d.number) },
          reason: outcome.ok ? null : outcome.error,
        });
      });
    },

    /** Voids a document; the number stays in the register with the reason. */
    async voidDocument(id: string, reason: string): Promise<void> {
      const why = reason.trim();
      if (!why) throw new Error('作废必须填写原因');
      await db.transaction('rw', db.documents, db.auditLog, async () => {
        const row = await db.documents.get(id);
        if (!row || row.deletedAt !== null) throw new Error('找不到这份文书');
        if (row.status === '已作废') return;
        await db.documents.put(
          stampUpdate(row, { status: '已作废', voidReason: why }, { now: ctx.now(), deskId: ctx.deskId }),
        );
        await appendAudit(db, ctx, {
          action: '作废文书',
          entity: 'documents',
          entityId: id,
          before: { status: row.status },
          after: { status: '已作废', number: row.number },
          reason: why,
        });
      });
    },

    /** Undoes a void (the 撤销 of the toast). */
    async restoreDocument(id: string): Promise<void> {
      await db.transaction('rw', db.documents, db.auditLog, async () => {
        const row = await db.documents.get(id);
        if (!row || row.status !== '已作废') return;
        const status = row.printCount > 0 ? '已打印' : row.lastPrintError ? '打印失败' : '待打印';
        await db.documents.put(
          stampUpdate(row, { status, voidReason: null }, { now: ctx.now(), deskId: ctx.deskId }),
        );
        await appendAudit(db, ctx, {
          action: '撤销作废',
          entity: 'documents',
          entityId: id,
          after: { status, number: row.number },
        });
      });
    },

    /** The number the next issue of a kind would get this year (shown before issuing). */
    async lastNumber(kind: DocumentKind, year: number): Promise<number> {
      const counter = await db.counters
        .where('key')
        .equals(counterKey(kind, year, db.numberMark))
        .first();
      return counter && counter.deletedAt === null ? counter.last : 0;
    },

    /** Count per status for the register header; bounded by the documents index. */
    async recentCount(): Promise<number> {
      return live(await db.documents.orderBy('issuedAt').reverse().limit(10_000).toArray()).length;
    },
  };
}
