import {
  confirmedServiceLines,
  identityValues,
  issuerValues,
  serviceRows,
  serviceValues,
  type IssuerInfo,
} from '@shared/documents/content';
import type { TemplateKind } from '@shared/documents/defaults';
import { fitLayout } from '@shared/documents/fit';
import { formatDocumentNumber } from '@shared/documents/numbering';
import { missingPlaceholders } from '@shared/documents/placeholders';
import { layoutTexts, type TemplateLayout } from '@shared/documents/template';
import type { Volunteer } from '@shared/model';
import type { Repos } from '../../db';
import type { IssueDraft } from '../../db/repos/documents';

/** Values the desk types once for the whole batch. */
export interface BatchValues {
  荣誉称号: string;
  表彰事由: string;
  活动名称: string;
}

/** One recipient ready to issue, with what their document would lack. */
export interface PreparedRecipient {
  volunteer: Volunteer;
  draft: IssueDraft;
  missing: string[];
  /** Texts that would run into what follows even at their minimum size, with the field to shorten. */
  overflow: { elementId: string; field: string | null }[];
}

/** Builds each recipient's frozen content from their confirmed records and the issuer settings. */
export async function prepareRecipients(
  repos: Repos,
  input: {
    kind: TemplateKind;
    templateId: string;
    layout: TemplateLayout;
    volunteers: readonly Volunteer[];
    batch: BatchValues;
    /** Per-recipient 致函单位 the desk typed (falls back to the volunteer's work unit). */
    units: Readonly<Record<string, string>>;
    issuer: IssuerInfo;
    fullIdOnProof: boolean;
    issueDate: string;
  },
  onProgress: (done: number) => void,
  cancelled: () => boolean,
): Promise<PreparedRecipient[] | null> {
  const texts = layoutTexts(input.layout);
  // The real number is allocated at issue; one of the same length measures the same.
  const sampleNumber = formatDocumentNumber(input.kind, Number(input.issueDate.slice(0, 4)), 1);
  const out: PreparedRecipient[] = [];
  for (const [i, volunteer] of input.volunteers.entries()) {
    if (cancelled()) return null;
    const lines = confirmedServiceLines(await repos.documentSources.recordsOf(volunteer.id));
    const content: Record<string, string> = {
      ...identityValues(volunteer, input.kind === '志愿服务记录证明' && input.fullIdOnProof),
      ...serviceValues(lines),
      ...issuerValues(input.issuer, input.issueDate),
      ...input.batch,
      致函单位: (input.units[volunteer.id] ?? volunteer.workUnit).trim(),
    };
    out.push({
      volunteer,
      missing: missingPlaceholders(texts, { ...content, 编号: '待分配' }),
      overflow: fitLayout(input.layout, { ...content, 编号: sampleNumber }).overflow,
      draft: {
        kind: input.kind,
        templateId: input.templateId,
        layout: input.layout,
        recipientType: 'volunteer',
        recipientId: volunteer.id,
        recipientName: volunteer.name,
        content,
        rows: input.kind === '志愿服务记录证明' ? serviceRows(lines) : [],
      },
    });
    if (i % 20 === 19) onProgress(i + 1);
  }
  onProgress(input.volunteers.length);
  return out;
}
