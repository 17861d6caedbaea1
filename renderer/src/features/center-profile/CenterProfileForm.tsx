import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Form, Input, Radio } from 'antd';
import { useId, type ReactNode } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { CENTER_LEVELS, type CenterProfile } from '@shared/model';
import { centerProfileSchema } from '@shared/validation/center-profile';
import { busy } from '../../ui/busy';

type FormInput = z.input<typeof centerProfileSchema>;

interface Props {
  /** Values to start from; omitted on first run. */
  initial?: CenterProfile;
  submitLabel: string;
  /** Saves the parsed profile; resolves false when saving failed (the form then keeps its input). */
  onSubmit: (profile: CenterProfile) => Promise<boolean>;
  /** Extra controls shown above the submit button (the demo-data choice at setup). */
  extra?: ReactNode;
  /** Stretch the submit button to the form's width (setup) or keep it compact (settings). */
  block?: boolean;
}

/**
 * The center profile, validated with the shared schema so setup and settings accept exactly the same
 * input. Errors appear at their fields; what was typed stays in place until it is fixed.
 */
export function CenterProfileForm({ initial, submitLabel, onSubmit, extra, block = false }: Props) {
  const uid = useId();
  const ids = {
    name: `${uid}-name`,
    level: `${uid}-level`,
    address: `${uid}-address`,
    phone: `${uid}-phone`,
  };
  const {
    control,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<FormInput, unknown, CenterProfile>({
    resolver: zodResolver(centerProfileSchema),
    defaultValues: initial ?? { name: '', address: '', phone: '' },
  });

  const submit = handleSubmit(async (profile) => {
    // Re-base on the saved values so trimmed or half-width-converted input shows as stored.
    if (await onSubmit(profile)) reset(profile);
  });

  const status = (field: keyof FormInput) => (errors[field] ? ('error' as const) : undefined);

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="中心信息">
      <Form component={false} layout="vertical" requiredMark>
        <Form.Item
          label="中心名称"
          htmlFor={ids.name}
          required
          validateStatus={status('name')}
          help={errors.name?.message}
        >
          <Controller
            name="name"
            control={control}
            render={({ field }) => (
              <Input
                {...field}
                id={ids.name}
                aria-invalid={errors.name ? true : undefined}
                placeholder="如：鼓楼区新时代文明实践中心"
                maxLength={50}
                autoComplete="off"
              />
            )}
          />
        </Form.Item>
        <Form.Item
          label={<span id={`${ids.level}-label`}>层级</span>}
          required
          validateStatus={status('level')}
          help={errors.level?.message}
          extra={errors.level ? undefined : '中心：县（区）级；所：乡镇（街道）级；站：村（社区）级'}
        >
          <Controller
            name="level"
            control={control}
            render={({ field }) => (
              <Radio.Group
                id={ids.level}
                aria-labelledby={`${ids.level}-label`}
                value={field.value}
                onChange={(e) => field.onChange(e.target.value)}
                onBlur={field.onBlur}
                options={CENTER_LEVELS.map((level) => ({ value: level, label: level }))}
              />
            )}
          />
        </Form.Item>
        <Form.Item
          label="地址"
          htmlFor={ids.address}
          required
          validateStatus={status('address')}
          help={errors.address?.message}
        >
          <Controller
            name="address"
            control={control}
            render={({ field }) => (
              <Input
                {...field}
                id={ids.address}
                aria-invalid={errors.address ? true : undefined}
                placeholder="如：福州市鼓楼区五四路 1 号"
                maxLength={100}
              />
            )}
          />
        </Form.Item>
        <Form.Item
          label="联系电话"
          htmlFor={ids.phone}
          required
          validateStatus={status('phone')}
          help={errors.phone?.message}
        >
          <Controller
            name="phone"
            control={control}
            render={({ field }) => (
              <Input
                {...field}
                id={ids.phone}
                aria-invalid={errors.phone ? true : undefined}
                type="tel"
                placeholder="如：0591-87654321 或 13812345678"
                maxLength={20}
              />
            )}
          />
        </Form.Item>
        {extra}
        <Button
          type="primary"
          htmlType="submit"
          loading={busy(isSubmitting)}
          block={block}
          size={block ? 'large' : 'medium'}
        >
          {submitLabel}
        </Button>
      </Form>
    </form>
  );
}
