import { useEffect, useState } from 'react';
import type { IssueForm } from '@shared/documents/issue-form';
import type { Volunteer } from '@shared/model';
import { useRepos } from '../../app/desk-context';
import type { TemplateView } from '../../db/repos/templates';
import { prepareRecipients, type PreparedRecipient } from './build-drafts';
import type { useDocumentSettings } from './use-document-settings';

/** What the issue panel prepares documents from. */
export interface RecipientSources {
  form: Pick<IssueForm, 'kind' | '荣誉称号' | '表彰事由' | '活动名称'>;
  template: TemplateView | undefined;
  docSettings: ReturnType<typeof useDocumentSettings>;
  people: readonly Volunteer[];
  units: Record<string, string>;
  today: string;
}

/** The input of prepareRecipients for the panel's current values; null until template and settings load. */
export function recipientInput(sources: RecipientSources): Parameters<typeof prepareRecipients>[1] | null {
  const { form, template, docSettings, people, units, today } = sources;
  if (!template || !docSettings) return null;
  return {
    kind: form.kind,
    templateId: template.id,
    layout: template.form.layout,
    volunteers: people,
    batch: { 荣誉称号: form.荣誉称号, 表彰事由: form.表彰事由, 活动名称: form.活动名称 },
    units,
    issuer: docSettings.issuer,
    fullIdOnProof: docSettings.settings.proofFullIdNumber,
    issueDate: today,
  };
}

/**
 * Each recipient's document data and what it lacks, recomputed (debounced) as recipients and the
 * shared values change, so missing or too-long data shows at once; a newer run makes an older one stale.
 */
export function usePreparedRecipients(input: RecipientSources): PreparedRecipient[] | undefined {
  const repos = useRepos();
  const [prepared, setPrepared] = useState<PreparedRecipient[] | undefined>([]);
  const { template, docSettings, people, units, today } = input;
  const { kind, 荣誉称号, 表彰事由, 活动名称 } = input.form;
  useEffect(() => {
    if (!template || !docSettings) return;
    let stale = false;
    const timer = setTimeout(() => {
      const form = { kind, 荣誉称号, 表彰事由, 活动名称 };
      const sources = recipientInput({ form, template, docSettings, people, units, today });
      if (!sources) return;
      void prepareRecipients(
        repos,
        sources,
        () => undefined,
        () => stale,
      ).then((rows) => !stale && rows && setPrepared(rows));
    }, 250);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [repos, template, docSettings, people, units, kind, 荣誉称号, 表彰事由, 活动名称, today]);
  return prepared;
}
