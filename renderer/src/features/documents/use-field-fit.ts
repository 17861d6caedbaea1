import { useMemo } from 'react';
import { SAMPLE_VALUES } from '@shared/documents/content';
import { fitLayout } from '@shared/documents/fit';
import type { TemplateLayout } from '@shared/documents/template';
import type { BatchValues, PreparedRecipient } from './build-drafts';

/**
 * What to say at a shared field (荣誉称号, 表彰事由, 活动名称) whose value is too long for the page even
 * at the smallest size: with how many documents it spoils, or, before anyone is added, measured with
 * sample recipient data so the desk hears it while typing.
 */
export function useFieldFit(
  layout: TemplateLayout | undefined,
  prepared: readonly PreparedRecipient[] | undefined,
  batch: BatchValues,
): (name: keyof BatchValues, label: string) => string | undefined {
  const { 荣誉称号, 表彰事由, 活动名称 } = batch;
  const sample = useMemo(
    () => (layout ? fitLayout(layout, { ...SAMPLE_VALUES, 荣誉称号, 表彰事由, 活动名称 }).overflow : []),
    [layout, 荣誉称号, 表彰事由, 活动名称],
  );
  return (name, label) => {
    const spoiled = (prepared ?? []).filter((r) => r.overflow.some((o) => o.field === name)).length;
    if (spoiled > 0) return `${label}太长，缩小字号后仍排不下（${spoiled} 份），请删减`;
    if (!prepared?.length && sample.some((o) => o.field === name))
      return `${label}太长，缩小字号后仍排不下，请删减`;
    return undefined;
  };
}
