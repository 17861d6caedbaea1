import { zodResolver } from '@hookform/resolvers/zod';
import { Input, InputNumber } from 'antd';
import { useId } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { completeClaimSchema, type CompleteClaimValues } from '@shared/district/tasks';
import { textLimit } from '@shared/validation/text-limit';
import { FormField } from '../../ui/FormField';
import { StepModal } from '../orders/dialogs/StepModal';

type Output = z.output<typeof completeClaimSchema>;
type FigureKey = 'activities' | 'served' | 'serviceMinutes';

const FIGURES: { key: FigureKey; label: string }[] = [
  { key: 'activities', label: '活动场次' },
  { key: 'served', label: '服务人次' },
  { key: 'serviceMinutes', label: '志愿服务时长（分钟）' },
];

/** 完成: the figures the task produced and a note, sent up to the center with the claim. */
export function CompleteTaskDialog({
  title,
  initial,
  onSubmit,
  onClose,
}: {
  title: string;
  /** What was reported before, when correcting a completion. */
  initial: CompleteClaimValues | null;
  onSubmit(values: Output): Promise<boolean>;
  onClose(): void;
}) {
  const uid = useId();
  const {
    control,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<CompleteClaimValues, unknown, Output>({
    resolver: zodResolver(completeClaimSchema),
    defaultValues: initial ?? { activities: 0, served: 0, serviceMinutes: 0, note: '' },
  });
  const submit = handleSubmit(async (values) => {
    if (await onSubmit(values)) onClose();
  });
  return (
    <StepModal
      title={`完成任务：${title}`}
      okText="报完成"
      submitting={isSubmitting}
      onOk={() => void submit()}
      onClose={onClose}
    >
      {FIGURES.map(({ key, label }) => (
        <FormField key={key} label={label} htmlFor={`${uid}-${key}`} error={errors[key]?.message} required>
          <Controller
            control={control}
            name={key}
            render={({ field }) => (
              <InputNumber
                id={`${uid}-${key}`}
                min={0}
                precision={0}
                value={field.value}
                onChange={(v) => field.onChange(v ?? undefined)}
                onBlur={field.onBlur}
                status={errors[key] ? 'error' : undefined}
                style={{ width: 160 }}
              />
            )}
          />
        </FormField>
      ))}
      <FormField label="说明" htmlFor={`${uid}-note`} error={errors.note?.message}>
        <Controller
          control={control}
          name="note"
          render={({ field }) => (
            <Input.TextArea {...field} id={`${uid}-note`} rows={2} count={textLimit(200)} />
          )}
        />
      </FormField>
    </StepModal>
  );
}
