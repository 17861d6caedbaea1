import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Input, Select, Spin, Tag, Typography } from 'antd';
import { useId, useMemo, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import type { ServiceOrder } from '@shared/model';
import { dispatchSchema, parseOrderTime, type DispatchValues } from '@shared/orders/order-schema';
import { addDays, dateKey } from '@shared/time/center-time';
import { textLimit } from '@shared/validation/text-limit';
import { useRepos } from '../../../app/desk-context';
import { useLive } from '../../../db/live-query';
import { StepModal } from './StepModal';
import { FormField } from '../../../ui/FormField';
import { PlainList } from '../../../ui/PlainList';
import { useActiveTeams } from '../use-orders';
import { VolunteerSelect } from './VolunteerSelect';

interface Props {
  order: ServiceOrder;
  redispatch: boolean;
  onSubmit(
    to: { teamId: string | null; volunteerIds: string[] },
    dueAt: number,
    reason: string,
  ): Promise<boolean>;
  onClose(): void;
}

/** 派单 / 改派: to a team and/or named volunteers, with ranked suggestions and their reasons. */
export function DispatchDialog({ order, redispatch, onSubmit, onClose }: Props) {
  const repos = useRepos();
  const uid = useId();
  const teams = useActiveTeams();
  const [openedAt] = useState(() => Date.now());
  const schema = useMemo(() => dispatchSchema(openedAt, redispatch), [openedAt, redispatch]);
  const {
    control,
    handleSubmit,
    setValue,
    getValues,
    formState: { errors, isSubmitting },
  } = useForm<DispatchValues>({
    resolver: zodResolver(schema),
    defaultValues: {
      teamId: order.assignee?.teamId ?? '',
      volunteers: [],
      dueAt: `${addDays(dateKey(openedAt), 3)} 18:00`,
      reason: '',
    },
  });
  const teamId = useWatch({ control, name: 'teamId' });
  const suggestions = useLive(
    () => repos.orders.suggestions(order.id, teamId || null),
    [repos, order.id, teamId],
  );
  const submit = handleSubmit(async (v) => {
    const ok = await onSubmit(
      { teamId: v.teamId || null, volunteerIds: v.volunteers.map((p) => p.id) },
      parseOrderTime(v.dueAt) ?? 0,
      v.reason,
    );
    if (ok) onClose();
  });
  const pick = (id: string, name: string) => {
    const now = getValues('volunteers');
    if (!now.some((p) => p.id === id))
      setValue('volunteers', [...now, { id, name }], { shouldValidate: true });
  };
  return (
    <StepModal
      title={redispatch ? `改派 ${order.number}` : `派单 ${order.number}`}
      okText={redispatch ? '改派' : '派单'}
      width={640}
      submitting={isSubmitting}
      onOk={() => void submit()}
      onClose={onClose}
    >
      <FormField label="服务队" htmlFor={`${uid}-team`}>
        <Controller
          control={control}
          name="teamId"
          render={({ field }) => (
            <Select
              id={`${uid}-team`}
              {...field}
              options={[
                { value: '', label: '不指定服务队' },
                ...(teams ?? []).map((t) => ({ value: t.id, label: t.name })),
              ]}
            />
          )}
        />
      </FormField>
      <FormField label="志愿者" htmlFor={`${uid}-vols`} error={errors.volunteers?.message}>
        <Controller
          control={control}
          name="volunteers"
          render={({ field }) => (
            <VolunteerSelect
              id={`${uid}-vols`}
              value={field.value}
              onChange={field.onChange}
              invalid={!!errors.volunteers}
            />
          )}
        />
      </FormField>
      <Typography.Text strong>推荐人选</Typography.Text>
      <div style={{ maxHeight: 180, overflowY: 'auto', marginBottom: 12 }}>
        {suggestions === undefined ? (
          <Spin />
        ) : (
          <PlainList
            items={suggestions}
            itemKey={(s) => s.volunteerId}
            emptyText="暂无推荐：可先选择服务队，或直接查找志愿者。"
            renderItem={(s) => (
              <div style={{ display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
                <Typography.Text strong>{s.name}</Typography.Text>
                {s.reasons.map((r) => (
                  <Tag key={r}>{r}</Tag>
                ))}
                <Button
                  size="small"
                  style={{ marginInlineStart: 'auto' }}
                  onClick={() => pick(s.volunteerId, s.name)}
                  aria-label={`选用 ${s.name}`}
                >
                  选用
                </Button>
              </div>
            )}
          />
        )}
      </div>
      <FormField
        label="完成期限"
        htmlFor={`${uid}-due`}
        error={errors.dueAt?.message}
        required
        extra="如 2026-12-05 18:00"
      >
        <Controller
          control={control}
          name="dueAt"
          render={({ field }) => <Input id={`${uid}-due`} {...field} />}
        />
      </FormField>
      {redispatch && (
        <FormField label="改派原因" htmlFor={`${uid}-reason`} error={errors.reason?.message} required>
          <Controller
            control={control}
            name="reason"
            render={({ field }) => <Input id={`${uid}-reason`} {...field} count={textLimit(200)} />}
          />
        </FormField>
      )}
    </StepModal>
  );
}
