import { zodResolver } from '@hookform/resolvers/zod';
import { Input } from 'antd';
import { useId } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { reasonSchema } from '@shared/orders/order-schema';
import { textLimit } from '@shared/validation/text-limit';
import { StepModal } from './StepModal';
import { FormField } from '../../../ui/FormField';

interface Props {
  title: string;
  label: string;
  okText: string;
  danger?: boolean;
  hint?: string;
  onSubmit(reason: string): Promise<boolean>;
  onClose(): void;
}

/** Asks the reason of a refusal, a cancel or the 回访 note before the step is recorded. */
export function ReasonDialog({ title, label, okText, danger, hint, onSubmit, onClose }: Props) {
  const uid = useId();
  const {
    control,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<{ reason: string }>({
    resolver: zodResolver(reasonSchema(label)),
    defaultValues: { reason: '' },
  });
  const submit = handleSubmit(async ({ reason }) => {
    if (await onSubmit(reason)) onClose();
  });
  return (
    <StepModal
      title={title}
      okText={okText}
      danger={danger}
      submitting={isSubmitting}
      onOk={() => void submit()}
      onClose={onClose}
    >
      <FormField label={label} htmlFor={`${uid}-reason`} error={errors.reason?.message} required extra={hint}>
        <Controller
          control={control}
          name="reason"
          render={({ field }) => (
            <Input.TextArea id={`${uid}-reason`} {...field} rows={3} count={textLimit(200)} />
          )}
        />
      </FormField>
    </StepModal>
  );
}
