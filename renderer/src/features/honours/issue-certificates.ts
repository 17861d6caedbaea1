import { identityValues, issuerValues, type IssuerInfo } from '@shared/documents/content';
import type { TemplateLayout } from '@shared/documents/template';
import type { Honour } from '@shared/model';
import type { Repos } from '../../db';
import type { IssueDraft } from '../../db/repos/documents';

/** The 表彰事由 printed before “被评为…”: the period, the points and the reason staff gave. */
export function honourReason(h: Pick<Honour, 'periodLabel' | 'points' | 'reason'>): string {
  const reason = h.reason.trim().replace(/[。；，,.;]+$/u, '');
  return `在${h.periodLabel}志愿服务考评中积分${h.points}分${reason ? `，${reason}` : ''}`;
}

/** A team is not a 同志: its certificate addresses it by name alone. */
function teamLayout(layout: TemplateLayout): TemplateLayout {
  return {
    ...layout,
    elements: layout.elements.map((e) =>
      e.type === 'text' ? { ...e, text: e.text.replace('{{姓名}}同志', '{{姓名}}') } : e,
    ),
  };
}

/**
 * Issues a 荣誉证书 for each honour that has none yet, through the documents register (numbers in one
 * transaction), storing each document's id on its honour in the same transaction. Resolves the issued
 * documents' ids.
 */
export async function issueHonourCertificates(
  repos: Repos,
  honours: readonly Honour[],
  input: { templateId: string; layout: TemplateLayout; issuer: IssuerInfo; today: string },
): Promise<string[]> {
  const pending = honours.filter((h) => h.documentId === null);
  if (pending.length === 0) return [];
  const people = await repos.volunteers.many(
    pending.filter((h) => h.winnerType === 'volunteer').map((h) => h.winnerId),
  );
  const drafts: IssueDraft[] = pending.map((h) => {
    const volunteer = h.winnerType === 'volunteer' ? people.get(h.winnerId) : undefined;
    const content = {
      ...(volunteer ? identityValues(volunteer, false) : { 姓名: h.winnerName }),
      ...issuerValues(input.issuer, input.today),
      荣誉称号: h.title,
      表彰事由: honourReason(h),
      活动名称: '',
    };
    return {
      kind: '荣誉证书',
      templateId: input.templateId,
      layout: volunteer ? input.layout : teamLayout(input.layout),
      recipientType: volunteer ? 'volunteer' : 'other',
      recipientId: h.winnerId,
      recipientName: h.winnerName,
      content,
      rows: [],
    };
  });
  const issued = await repos.honours.issueCertificates(
    pending.map((h) => h.id),
    () => repos.documents.issue(drafts),
  );
  return issued.map((d) => d.id);
}
