import { zodResolver } from '@hookform/resolvers/zod';
import { App, Button, Form, InputNumber, Skeleton, Space } from 'antd';
import { useId } from 'react';
import { Controller, useForm, type Control } from 'react-hook-form';
import { bookingRulesSchema, type BookingRulesFormValues } from '@shared/booking/rules-schema';
import type { BookingRules } from '@shared/booking/rules';
import { useRepos } from '../../app/desk-context';
import { useWrite } from '../../app/use-write';
import { useLive } from '../../db/live-query';
import { FormField } from '../../ui/FormField';
import { busy } from '../../ui/busy';

type Name = keyof BookingRulesFormValues;

function NumberInput({
  control,
  name,
  id,
  unit,
  step = 1,
}: {
  control: Control<BookingRulesFormValues, unknown, BookingRules>;
  name: Name;
  id: string;
  unit: string;
  step?: number;
}) {
  return (
    <Controller
      name={name}
      control={control}
      render={({ field }) => (
        <InputNumber
          id={id}
          value={field.value}
          onChange={(v) => field.onChange(v ?? Number.NaN)}
          step={step}
          suffix={unit}
          style={{ width: 140 }}
        />
      )}
    />
  );
}

function RulesForm({ rules }: { rules: BookingRules }) {
  const repos = useRepos();
  const write = useWrite();
  const { message } = App.useApp();
  const uid = useId();
  const id = (n: string) => `${uid}-${n}`;
  const {
    control,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<BookingRulesFormValues, unknown, BookingRules>({
    resolver: zodResolver(bookingRulesSchema),
    defaultValues: { ...rules, maxDurationHours: rules.maxDurationMinutes / 60 },
  });
  const submit = handleSubmit(async (v) => {
    if (await write(() => repos.settings.set('bookingRules', v))) void message.success('预约规则已保存');
  });
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label="预约规则">
      <Form component={false} layout="vertical">
        <Space wrap size={16} align="start">
          <FormField label="单次最长时长" htmlFor={id('max')} error={errors.maxDurationHours?.message}>
            <NumberInput control={control} name="maxDurationHours" id={id('max')} unit="小时" step={0.5} />
          </FormField>
          <FormField
            label="未签到判为未到场"
            htmlFor={id('noshow')}
            error={errors.noShowMinutes?.message}
            extra="开始后超过该时间仍未签到"
          >
            <NumberInput control={control} name="noShowMinutes" id={id('noshow')} unit="分钟" />
          </FormField>
          <FormField label="可提前预约" htmlFor={id('window')} error={errors.bookingWindowDays?.message}>
            <NumberInput control={control} name="bookingWindowDays" id={id('window')} unit="天" />
          </FormField>
          <FormField label="重复预约最多" htmlFor={id('occ')} error={errors.maxOccurrences?.message}>
            <NumberInput control={control} name="maxOccurrences" id={id('occ')} unit="次" />
          </FormField>
        </Space>
        <div>
          <Button type="primary" htmlType="submit" loading={busy(isSubmitting)}>
            保存预约规则
          </Button>
        </div>
      </Form>
    </form>
  );
}

/** 设置 › 预约规则: maximum duration, no-show grace, booking window, repeat cap. */
export function BookingRulesSection() {
  const repos = useRepos();
  const rules = useLive(() => repos.places.rules(), [repos]);
  return rules ? <RulesForm rules={rules} /> : <Skeleton active />;
}
