import { stampNew, stampUpdate, type DocumentTemplate } from '@shared/model';
import { BUILTIN_TEMPLATES, builtinTemplate, type TemplateKind } from '@shared/documents/defaults';
import type { TemplateForm } from '@shared/documents/template';
import type { WriteContext } from '../context';
import type { DeskDatabase } from '../database';
import { appendAudit } from './audit';
import { setDeleted } from './soft-delete';
import { live } from './live';

/** A template as features use it: built-in ones are not stored and cannot be edited, only copied. */
export interface TemplateView {
  id: string;
  kind: TemplateKind;
  name: string;
  builtin: boolean;
  form: TemplateForm;
}

function fromRow(row: DocumentTemplate): TemplateView {
  return {
    id: row.id,
    kind: row.kind as TemplateKind,
    name: row.name,
    builtin: false,
    form: {
      name: row.name,
      layout: row.body as TemplateForm['layout'],
      backgroundImage: row.backgroundImage,
      printBackground: row.printBackground,
      sealImage: row.sealImage,
    },
  };
}

/** Document templates: the built-in defaults plus the center's own variants. */
export function templatesRepo(db: DeskDatabase, ctx: WriteContext) {
  return {
    /** Built-in templates first, then the center's own, of one kind or all. */
    async list(kind?: TemplateKind): Promise<TemplateView[]> {
      const builtins: TemplateView[] = BUILTIN_TEMPLATES.filter((t) => !kind || t.kind === kind).map((t) => ({
        id: t.id,
        kind: t.kind,
        name: t.name,
        builtin: true,
        form: {
          name: t.name,
          layout: t.layout,
          backgroundImage: null,
          printBackground: false,
          sealImage: null,
        },
      }));
      const own = live(await (kind ? db.templates.where('kind').equals(kind) : db.templates).toArray())
        .sort((a, b) => a.createdAt - b.createdAt)
        .map(fromRow);
      return [...builtins, ...own];
    },

    async get(id: string): Promise<TemplateView | undefined> {
      const builtin = builtinTemplate(id);
      if (builtin) return (await this.list(builtin.kind)).find((t) => t.id === id);
      const row = await db.templates.get(id);
      return row && row.deletedAt === null ? fromRow(row) : undefined;
    },

    /** Saves a new variant or changes one of the center's own; returns its id. */
    async save(kind: TemplateKind, form: TemplateForm, id?: string): Promise<string> {
      return db.transaction('rw', db.templates, db.auditLog, async () => {
        const now = ctx.now();
        const fields = {
          kind,
          name: form.name.trim(),
          isDefault: false,
          paper: form.layout.paper,
          body: form.layout,
          backgroundImage: form.backgroundImage,
          printBackground: form.printBackground,
          sealImage: form.sealImage,
        };
        const existing = id ? await db.templates.get(id) : undefined;
        const row = existing
          ? stampUpdate(existing, fields, { now, deskId: ctx.deskId })
          : stampNew(fields, { id: ctx.newId(), now, deskId: ctx.deskId });
        await db.templates.put(row);
        await appendAudit(db, ctx, {
          action: existing ? '修改模板' : '新建模板',
          entity: 'templates',
          entityId: row.id,
          after: { name: row.name, kind },
        });
        return row.id;
      });
    },

    /** Soft-deletes a variant; `restore` undoes it. */
    async remove(id: string): Promise<void> {
      await setDeleted(db, ctx, db.templates, id, true, '模板', (row) => ({ name: row.name }));
    },

    async restore(id: string): Promise<void> {
      await setDeleted(db, ctx, db.templates, id, false, '模板', (row) => ({ name: row.name }));
    },
  };
}
