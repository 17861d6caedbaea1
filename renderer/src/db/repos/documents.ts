import type { DocumentTemplate, IssuedDocument } from '@shared/model';
import type { DeskDatabase } from '../database';
import { live } from './live';

/** Issued documents (the register) and templates, read side. Issuing comes with 证书与感谢信. */
export function documentsRepo(db: DeskDatabase) {
  return {
    /** The register, newest first. */
    async register(limit = 200): Promise<IssuedDocument[]> {
      return live(await db.documents.orderBy('issuedAt').reverse().limit(limit).toArray());
    },

    async templates(): Promise<DocumentTemplate[]> {
      return live(await db.templates.toArray());
    },
  };
}
