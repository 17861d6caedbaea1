import { zodResolver } from '@hookform/resolvers/zod';
import { Input, Typography } from 'antd';
import { useId } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { LOW_RATING } from '@shared/orders/order-machine';
import { rateSchema } from '@shared/orders/order-schema';
import { textLimit } from '@shared/validation/text-limit';
import { StepModal } from './StepModal';
import { FormField } from '../../../ui/FormField';
import { StarRating } from './StarRating';

/** 评单: the resident's stars (arrow keys move them) and comment; a low rating waits for 回访. */
export function RateDialog({
  onSubmit,
  onClose,
}: {
  onSubmit(rating: number, comment: string): Promise<boolean>;
  onClose(): void;
}) {
  const uid = useId();
  const {
    control,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<{ rating: number; comment: string }>({
    resolver: zodResolver(rateSchema),
    defaultValues: { rating: 0, comment: '' },
  });
  const rating = useWatch({ control, name: 'rating' });
  const submit = handleSubmit(async (v) => {
    if (await onSubmit(v.rating, v.comment)) onClose();
  });
  return (
    <StepModal
      title="评单"
      okText="保存评价"
      submitting={isSubmitting}
      onOk={() => void submit()}
      onClose={onClose}
    >
      <FormField label="居民评分" htmlFor={`${uid}-rating`} error={errors.rating?.message} required>
        <Controller
          control={control}
          name="rating"
          render={({ field }) => (
            <StarRating id={`${uid}-rating`} label="居民评分" value={field.value} onChange={field.onChange} />
          )}
        />
      </FormField>
      {rating > 0 && rating <= LOW_RATING && (
        <Typography.Paragraph type="warning">
          评分较低，服务单将转为“待回访”，由管理员回访后办结。
        </Typography.Paragraph>
      )}
      <FormField label="评价" htmlFor={`${uid}-comment`} error={errors.comment?.message}>
        <Controller
          control={control}
          name="comment"
          render={({ field }) => (
            <Input.TextArea id={`${uid}-comment`} {...field} rows={2} count={textLimit(200)} />
          )}
        />
      </FormField>
    </StepModal>
  );
}
