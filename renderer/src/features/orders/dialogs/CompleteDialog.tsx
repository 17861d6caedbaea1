import { zodResolver } from '@hookform/resolvers/zod';
import { Checkbox, Flex, Input, InputNumber, Typography } from 'antd';
import { useId, useMemo, useState } from 'react';
import { Controller, useFieldArray, useForm } from 'react-hook-form';
import type { ServiceOrder } from '@shared/model';
import { MAX_ACTIVITY_PHOTOS } from '@shared/activities/activity-photos';
import { completeSchema, parseOrderTime, type CompleteValues } from '@shared/orders/order-schema';
import { dateKey, formatTime } from '@shared/time/center-time';
import { textLimit } from '@shared/validation/text-limit';
import type { Completion } from '../../../db/repos/orders';
import type { PhotoInput } from '../../../db/repos/photos';
import { StepModal } from './StepModal';
import { FormField } from '../../../ui/FormField';
import { PhotoPicker } from '../../../ui/photos/PhotoPicker';
import { PhotoThumbs } from '../../../ui/photos/PhotoThumbs';
import { VolunteerSelect } from './VolunteerSelect';

interface Props {
  order: ServiceOrder;
  /** Names of the volunteers the order was sent to, offered first. */
  assigned: { id: string; name: string }[];
  onSubmit(done: Completion): Promise<boolean>;
  onClose(): void;
}

/** 完成 (结项): when, what was done, photos, and each volunteer's minutes; makes their 待确认 records. */
export function CompleteDialog({ order, assigned, onSubmit, onClose }: Props) {
  const uid = useId();
  const [openedAt] = useState(() => Date.now());
  // Photos stay in the dialog until 结项 saves them with the order, in the same transaction.
  const [photos, setPhotos] = useState<{ key: string; photo: PhotoInput }[]>([]);
  const schema = useMemo(() => completeSchema(openedAt), [openedAt]);
  const {
    control,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<CompleteValues>({
    resolver: zodResolver(schema),
    defaultValues: {
      completedAt: `${dateKey(openedAt)} ${formatTime(openedAt)}`,
      summary: '',
      volunteers: assigned.map((v) => ({ volunteerId: v.id, name: v.name, minutes: 60 })),
      asActivity: false,
    },
  });
  const rows = useFieldArray({ control, name: 'volunteers' });
  const submit = handleSubmit(async (v) => {
    const ok = await onSubmit({
      completedAt: parseOrderTime(v.completedAt) ?? openedAt,
      summary: v.summary,
      volunteers: v.volunteers.map((p) => ({ volunteerId: p.volunteerId, minutes: p.minutes })),
      asActivity: v.asActivity,
      photos: photos.map((p) => p.photo),
    });
    if (ok) onClose();
  });
  return (
    <StepModal
      title={`完成 ${order.number}`}
      okText="结项"
      width={600}
      submitting={isSubmitting}
      onOk={() => void submit()}
      onClose={onClose}
    >
      <FormField label="完成时间" htmlFor={`${uid}-at`} error={errors.completedAt?.message} required>
        <Controller
          control={control}
          name="completedAt"
          render={({ field }) => <Input id={`${uid}-at`} {...field} />}
        />
      </FormField>
      <FormField label="服务内容" htmlFor={`${uid}-summary`} error={errors.summary?.message} required>
        <Controller
          control={control}
          name="summary"
          render={({ field }) => (
            <Input.TextArea id={`${uid}-summary`} {...field} rows={2} count={textLimit(500)} />
          )}
        />
      </FormField>
      <FormField
        label="参与服务的志愿者"
        htmlFor={`${uid}-vols`}
        error={errors.volunteers?.message ?? errors.volunteers?.root?.message}
        required
      >
        <VolunteerSelect
          id={`${uid}-vols`}
          invalid={!!errors.volunteers}
          value={rows.fields.map((f) => ({ id: f.volunteerId, name: f.name }))}
          onChange={(picked) =>
            rows.replace(
              picked.map((p) => ({
                volunteerId: p.id,
                name: p.name,
                minutes: rows.fields.find((f) => f.volunteerId === p.id)?.minutes ?? 60,
              })),
            )
          }
        />
      </FormField>
      {rows.fields.map((f, i) => (
        <Flex key={f.id} gap={8} align="center" style={{ marginBottom: 8 }}>
          <label htmlFor={`${uid}-min-${i}`} style={{ minWidth: 140 }}>
            {f.name} 服务分钟数
          </label>
          <Controller
            control={control}
            name={`volunteers.${i}.minutes`}
            render={({ field }) => (
              <InputNumber
                id={`${uid}-min-${i}`}
                min={1}
                max={1440}
                value={field.value}
                onChange={(v) => field.onChange(v ?? undefined)}
                status={errors.volunteers?.[i]?.minutes ? 'error' : undefined}
              />
            )}
          />
          {errors.volunteers?.[i]?.minutes && (
            <Typography.Text type="danger">{errors.volunteers[i]?.minutes?.message}</Typography.Text>
          )}
        </Flex>
      ))}
      <FormField label={`结项照片（${photos.length}/${MAX_ACTIVITY_PHOTOS}，可不填）`}>
        <PhotoPicker
          count={photos.length}
          owner="服务单"
          label="选择结项照片"
          onPhoto={(photo) => {
            setPhotos((list) => [...list, { key: `${uid}-${Date.now()}-${list.length}`, photo }]);
            return Promise.resolve(true);
          }}
        />
        <PhotoThumbs
          photos={photos.map((p) => ({ key: p.key, dataUrl: p.photo.dataUrl }))}
          alt="结项照片"
          onRemove={(i) => setPhotos((list) => list.filter((_, j) => j !== i))}
        />
      </FormField>
      <Controller
        control={control}
        name="asActivity"
        render={({ field }) => (
          <Checkbox checked={field.value} onChange={(e) => field.onChange(e.target.checked)}>
            同时记为一场活动
          </Checkbox>
        )}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        结项后为每位志愿者生成“待确认”的服务记录，确认后计入服务时长。
      </Typography.Paragraph>
    </StepModal>
  );
}
