import { zodResolver } from '@hookform/resolvers/zod';
import { App, Button, Checkbox, Flex, Form, Input, Radio, Select } from 'antd';
import { useId, useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { ORDER_SOURCES, ORDER_URGENCIES } from '@shared/model';
import {
  emptyOrderValues,
  newOrderSchema,
  toOrderDraft,
  type NewOrderValues,
} from '@shared/orders/order-schema';
import { textLimit } from '@shared/validation/text-limit';
import { useRepos } from '../../app/desk-context';
import { useWrite } from '../../app/use-write';
import { OrderStepError } from '../../db/repos/orders';
import { FormField } from '../../ui/FormField';
import { useProjects, useStations } from '../organisation/use-organisation';

interface Props {
  categories: readonly string[];
  /** 微心愿: the few fields of a wish from the wall (source 微心愿墙). */
  wish: boolean;
  onDone(number: string): void;
  onCancel(): void;
}

/** 点单: what a resident asks for, checked at each field; saved as 待审单 with a new number. */
export function NewOrderForm({ categories, wish, onDone, onCancel }: Props) {
  const repos = useRepos();
  const write = useWrite();
  const { message } = App.useApp();
  const uid = useId();
  const projects = useProjects();
  const stations = useStations();
  const [openedAt] = useState(() => Date.now());
  const schema = useMemo(() => newOrderSchema(openedAt), [openedAt]);
  const initial: NewOrderValues = {
    ...emptyOrderValues(categories[0] ?? '其他'),
    ...(wish ? { source: '微心愿墙' as const, wish: true } : {}),
  };
  const {
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<NewOrderValues>({ resolver: zodResolver(schema), defaultValues: initial });
  const id = (name: string) => `${uid}-${name}`;

  const submit = handleSubmit(async (values) => {
    let number = '';
    const ok = await write(async () => {
      try {
        number = (await repos.orders.create(toOrderDraft(values))).number;
      } catch (e) {
        if (e instanceof OrderStepError && e.field) {
          setError(e.field as keyof NewOrderValues, { message: e.message });
          number = '';
          return;
        }
        throw e;
      }
    });
    if (ok && number) {
      void message.success(`已点单，服务单号 ${number}，等待审单`);
      onDone(number);
    }
  });

  const text = (name: 'requester' | 'address' | 'description', label: string, max: number, area = false) => (
    <FormField label={label} htmlFor={id(name)} error={errors[name]?.message} required={name !== 'address'}>
      <Controller
        control={control}
        name={name}
        render={({ field }) =>
          area ? (
            <Input.TextArea id={id(name)} {...field} rows={3} count={textLimit(max)} />
          ) : (
            <Input id={id(name)} {...field} count={textLimit(max)} />
          )
        }
      />
    </FormField>
  );

  return (
    <Form
      component="form"
      layout="vertical"
      onFinish={() => void submit()}
      aria-label={wish ? '微心愿' : '点单'}
    >
      {text('requester', '居民姓名', 20)}
      <FormField label="联系电话" htmlFor={id('phone')} error={errors.requesterPhone?.message} required>
        <Controller
          control={control}
          name="requesterPhone"
          render={({ field }) => (
            <Input id={id('phone')} {...field} inputMode="tel" placeholder="手机号或带区号的座机" />
          )}
        />
      </FormField>
      {text('address', '地址或社区/网格', 100)}
      <FormField label="服务类别" htmlFor={id('category')} error={errors.category?.message} required>
        <Controller
          control={control}
          name="category"
          render={({ field }) => (
            <Select
              id={id('category')}
              {...field}
              showSearch={{ optionFilterProp: 'label' }}
              options={categories.map((c) => ({ value: c, label: c }))}
            />
          )}
        />
      </FormField>
      {text('description', wish ? '心愿内容' : '需求描述', 500, true)}
      {!wish && (
        <>
          <FormField
            label="期望服务时间"
            htmlFor={id('wishedAt')}
            error={errors.wishedAt?.message}
            extra="选填，如 2026-12-05 09:30"
          >
            <Controller
              control={control}
              name="wishedAt"
              render={({ field }) => <Input id={id('wishedAt')} {...field} placeholder="YYYY-MM-DD HH:mm" />}
            />
          </FormField>
          <FormField label="紧急程度" htmlFor={id('urgency')}>
            <Controller
              control={control}
              name="urgency"
              render={({ field }) => (
                <Radio.Group
                  id={id('urgency')}
                  {...field}
                  aria-label="紧急程度"
                  options={[...ORDER_URGENCIES]}
                />
              )}
            />
          </FormField>
          <FormField label="来源" htmlFor={id('source')}>
            <Controller
              control={control}
              name="source"
              render={({ field }) => (
                <Select
                  id={id('source')}
                  {...field}
                  options={ORDER_SOURCES.map((s) => ({ value: s, label: s }))}
                />
              )}
            />
          </FormField>
          <FormField label="服务项目" htmlFor={id('project')}>
            <Controller
              control={control}
              name="projectId"
              render={({ field }) => (
                <Select
                  id={id('project')}
                  {...field}
                  options={[
                    { value: '', label: '不属于项目' },
                    ...(projects ?? []).map((p) => ({ value: p.id, label: p.name })),
                  ]}
                />
              )}
            />
          </FormField>
          <FormField label="所/站" htmlFor={id('station')}>
            <Controller
              control={control}
              name="stationId"
              render={({ field }) => (
                <Select
                  id={id('station')}
                  {...field}
                  options={[
                    { value: '', label: '中心本级' },
                    ...(stations ?? []).map((s) => ({ value: s.id, label: s.name })),
                  ]}
                />
              )}
            />
          </FormField>
          <Controller
            control={control}
            name="wish"
            render={({ field }) => (
              <Checkbox
                checked={field.value}
                onChange={(e) => field.onChange(e.target.checked)}
                style={{ marginBottom: 14 }}
              >
                这是一个微心愿
              </Checkbox>
            )}
          />
        </>
      )}
      <Flex gap={8} justify="flex-end">
        <Button onClick={onCancel}>取消</Button>
        <Button type="primary" htmlType="submit" loading={isSubmitting}>
          {wish ? '登记微心愿' : '提交点单'}
        </Button>
      </Flex>
    </Form>
  );
}
