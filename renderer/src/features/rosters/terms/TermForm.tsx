import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Form, Input, Space, Typography } from 'antd';
import { useId } from 'react';
import { Controller, useFieldArray, useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { SchoolTerm } from '@shared/rosters/model';
import { schoolTermSchema } from '@shared/rosters/pattern-schema';
import { useRepos } from '../../../app/desk-context';
import { useWrite } from '../../../app/use-write';
import { SchoolTermInvalidError } from '../../../db';
import type { SchoolTermFormValues } from '../../../db/repos/school-terms';
import { FormField } from '../../../ui/FormField';
import { busy } from '../../../ui/busy';
import { showProblems } from '../../../ui/form-problems';

type Output = z.output<typeof schoolTermSchema>;

const EMPTY: SchoolTermFormValues = { name: '', start: '', end: '', vacations: [] };

type DatePath = 'start' | 'end' | `vacations.${number}.from` | `vacations.${number}.to`;

/**
 * Adds or edits a school term and its vacations (寒假, 秋假, 运动会…). Problems, including an overlap
 * with another term from the repository, show at their fields and nothing typed is lost.
 */
export function TermForm({
  term,
  onSaved,
  onCancel,
}: {
  term: SchoolTerm | null;
  onSaved(saved: SchoolTerm): void;
  onCancel(): void;
}) {
  const repos = useRepos();
  const write = useWrite();
  const uid = useId();
  const id = (n: string) => `${uid}-${n}`;
  const {
    control,
    handleSubmit,
    getValues,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<SchoolTermFormValues, unknown, Output>({
    resolver: zodResolver(schoolTermSchema),
    defaultValues: term
      ? { name: term.name, start: term.start, end: term.end, vacations: term.vacations }
      : EMPTY,
  });
  const vacations = useFieldArray({ control, name: 'vacations' });
  const submit = handleSubmit(async () => {
    let saved: SchoolTerm | null = null;
    // The repository parses the typed values itself and also checks the other terms for overlap.
    const values = getValues();
    await write(async () => {
      try {
        saved = await repos.schoolTerms.save(term?.id ?? null, values);
      } catch (error) {
        if (!(error instanceof SchoolTermInvalidError)) throw error;
        showProblems(setError, error.problems);
      }
    });
    if (saved) onSaved(saved);
  });
  // Dates are typed as text, like the shift times: quick to type and read back by a screen reader.
  const dateField = (name: DatePath, label: string, error?: string) => (
    <FormField label={label} htmlFor={id(name)} error={error} required>
      <Controller
        name={name}
        control={control}
        render={({ field }) => (
          <Input {...field} id={id(name)} placeholder="2026-09-01" style={{ width: 130 }} />
        )}
      />
    </FormField>
  );

  return (
    <form
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={term ? `编辑学期 ${term.name}` : '添加学期'}
    >
      <Form component={false} layout="vertical" requiredMark>
        <Space align="start" wrap size={12}>
          <FormField label="学期名称" htmlFor={id('name')} error={errors.name?.message} required>
            <Controller
              name="name"
              control={control}
              render={({ field }) => (
                <Input {...field} id={id('name')} placeholder="如：2026秋季学期" style={{ width: 180 }} />
              )}
            />
          </FormField>
          {dateField('start', '开始日期', errors.start?.message)}
          {dateField('end', '结束日期', errors.end?.message)}
        </Space>
        <Typography.Text strong>假期</Typography.Text>
        <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 12 }}>
          学期内不上学的日子，如寒假、秋假、运动会；法定节假日会自动跳过，无需填写。
        </Typography.Paragraph>
        {vacations.fields.map((f, i) => (
          <fieldset key={f.id} style={{ border: 0, padding: 0, margin: '6px 0 0' }}>
            <legend style={{ fontSize: 14, marginBottom: 4 }}>第{i + 1}个假期</legend>
            <Space align="start" wrap size={8}>
              <FormField
                label="假期名称"
                htmlFor={id(`v${i}-name`)}
                error={errors.vacations?.[i]?.name?.message}
                required
              >
                <Controller
                  name={`vacations.${i}.name`}
                  control={control}
                  render={({ field }) => (
                    <Input {...field} id={id(`v${i}-name`)} placeholder="如：秋假" style={{ width: 120 }} />
                  )}
                />
              </FormField>
              {dateField(`vacations.${i}.from`, '假期开始', errors.vacations?.[i]?.from?.message)}
              {dateField(`vacations.${i}.to`, '假期结束', errors.vacations?.[i]?.to?.message)}
              <Button
                type="link"
                danger
                style={{ marginTop: 30 }}
                aria-label={`删除第${i + 1}个假期`}
                onClick={() => vacations.remove(i)}
              >
                删除
              </Button>
            </Space>
          </fieldset>
        ))}
        <div style={{ margin: '8px 0 16px' }}>
          <Button size="small" onClick={() => vacations.append({ name: '', from: '', to: '' })}>
            添加假期
          </Button>
        </div>
        <Space>
          <Button type="primary" htmlType="submit" loading={busy(isSubmitting)}>
            保存学期
          </Button>
          <Button onClick={onCancel}>返回列表</Button>
        </Space>
      </Form>
    </form>
  );
}
