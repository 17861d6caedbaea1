import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, DatePicker, Flex, Form, Input, Radio, Typography } from 'antd';
import dayjs from 'dayjs';
import { useId, useMemo } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { TASK_KINDS, publishTaskSchema, type PublishTaskValues } from '@shared/district/tasks';
import { textLimit } from '@shared/validation/text-limit';
import { FormField } from '../../ui/FormField';
import type { TaskDesk } from './task-desk';

type Output = z.output<ReturnType<typeof publishTaskSchema>>;

const EMPTY: PublishTaskValues = { kind: '活动', title: '', detail: '', dueDate: '', sites: [] };

/** 发布任务: what, by when, and to which 所/站; problems show at their fields and nothing typed is lost. */
export function PublishTaskForm({
  desk,
  today,
  onPublish,
}: {
  desk: TaskDesk;
  today: string;
  onPublish(values: PublishTaskValues): Promise<boolean>;
}) {
  const uid = useId();
  const id = (n: string) => `${uid}-${n}`;
  const schema = useMemo(
    () =>
      publishTaskSchema(
        today,
        desk.targets.map((s) => s.db),
      ),
    [today, desk],
  );
  const {
    control,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<PublishTaskValues, unknown, Output>({ resolver: zodResolver(schema), defaultValues: EMPTY });
  const submit = handleSubmit(async (values) => {
    if (await onPublish(values)) reset(EMPTY);
  });

  if (desk.targets.length === 0)
    return (
      <Typography.Paragraph type="secondary">
        本区还没有所或站：在中心服务器的 center.json 中加入所、站并重新运行设置后，才能下发任务。
      </Typography.Paragraph>
    );

  return (
    <form onSubmit={(e) => void submit(e)} aria-label="发布任务" noValidate style={{ maxWidth: 760 }}>
      <Form component={false} layout="vertical">
        <FormField label={<span id={id('kind-label')}>类型</span>} error={errors.kind?.message} required>
          <Controller
            control={control}
            name="kind"
            render={({ field }) => (
              <Radio.Group
                aria-labelledby={id('kind-label')}
                value={field.value}
                onChange={(e) => field.onChange(e.target.value)}
                options={TASK_KINDS.map((k) => ({
                  value: k,
                  label: k === '活动' ? '活动（组织一场活动）' : '服务单（上门服务）',
                }))}
              />
            )}
          />
        </FormField>
        <FormField label="标题" htmlFor={id('title')} error={errors.title?.message} required>
          <Controller
            control={control}
            name="title"
            render={({ field }) => (
              <Input
                {...field}
                id={id('title')}
                count={textLimit(60)}
                status={errors.title ? 'error' : undefined}
                placeholder="如：冬季送温暖走访独居老人"
              />
            )}
          />
        </FormField>
        <FormField label="内容" htmlFor={id('detail')} error={errors.detail?.message}>
          <Controller
            control={control}
            name="detail"
            render={({ field }) => (
              <Input.TextArea {...field} id={id('detail')} rows={3} count={textLimit(1000)} />
            )}
          />
        </FormField>
        <FormField label="截止日期" htmlFor={id('due')} error={errors.dueDate?.message} required>
          <Controller
            control={control}
            name="dueDate"
            render={({ field }) => (
              <DatePicker
                id={id('due')}
                value={field.value ? dayjs(field.value) : null}
                onChange={(d) => field.onChange(d ? d.format('YYYY-MM-DD') : '')}
                onBlur={field.onBlur}
                status={errors.dueDate ? 'error' : undefined}
                disabledDate={(d) => d.format('YYYY-MM-DD') < today}
                placeholder="选择或输入 2026-12-20"
                style={{ width: 220 }}
              />
            )}
          />
        </FormField>
        <FormField label={<span id={id('sites-label')}>下发到</span>} error={errors.sites?.message} required>
          <Controller
            control={control}
            name="sites"
            render={({ field }) => (
              <Flex vertical gap={4}>
                <Checkbox.Group
                  aria-labelledby={id('sites-label')}
                  role="group"
                  value={field.value}
                  onChange={(picked) => field.onChange(picked)}
                  options={desk.targets.map((s) => ({ value: s.db, label: `${s.name}（${s.level}）` }))}
                />
                <Flex gap={8}>
                  <Button size="small" onClick={() => field.onChange(desk.targets.map((s) => s.db))}>
                    全选
                  </Button>
                  <Button size="small" onClick={() => field.onChange([])}>
                    清空
                  </Button>
                </Flex>
              </Flex>
            )}
          />
        </FormField>
        <Button type="primary" htmlType="submit" loading={isSubmitting}>
          发布任务
        </Button>
      </Form>
    </form>
  );
}
