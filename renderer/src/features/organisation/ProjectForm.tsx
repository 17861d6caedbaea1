import { Button, Col, DatePicker, Form, Input, Row, Select, Switch } from 'antd';
import dayjs from 'dayjs';
import { useId } from 'react';
import { Controller, useForm, type Resolver } from 'react-hook-form';
import type { Project, Team } from '@shared/model';
import { PROJECT_NAME_MAX, projectProblems, type ProjectDraft } from '@shared/organisation/projects';
import { textLimit } from '@shared/validation/text-limit';
import { useRepos } from '../../app/desk-context';
import { useWrite } from '../../app/use-write';
import { ProjectInvalidError } from '../../db/repos/projects';
import { FormField } from '../../ui/FormField';
import { busy } from '../../ui/busy';
import { showProblems } from '../../ui/form-problems';

interface Props {
  initial: Project | null;
  /** The other live projects, so a repeated name is named at the field before saving. */
  others: readonly Project[];
  teams: readonly Team[];
  onSaved(project: Project): void;
}

const CENTER = '';

interface Values {
  name: string;
  brand: boolean;
  teamId: string;
  category: string;
  description: string;
  startDate: string;
  endDate: string;
}

function toDraft(v: Values): ProjectDraft {
  return {
    name: v.name,
    brand: v.brand,
    teamId: v.teamId === CENTER ? null : v.teamId,
    category: v.category.trim(),
    description: v.description,
    startDate: v.startDate || null,
    endDate: v.endDate || null,
  };
}

/** Create or edit a 服务项目; problems show at their fields and nothing typed is lost. */
export function ProjectForm({ initial, others, teams, onSaved }: Props) {
  const repos = useRepos();
  const write = useWrite();
  const uid = useId();
  const id = (n: string) => `${uid}-${n}`;
  const resolver: Resolver<Values> = (values) => {
    const problems = projectProblems(toDraft(values), others);
    const errors = Object.fromEntries(
      Object.entries(problems).map(([k, message]) => [k, { type: 'validate', message }]),
    );
    return Promise.resolve(Object.keys(errors).length > 0 ? { values: {}, errors } : { values, errors: {} });
  };
  const {
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    resolver,
    defaultValues: {
      name: initial?.name ?? '',
      brand: initial?.brand ?? false,
      teamId: initial?.teamId ?? CENTER,
      category: initial?.category ?? '',
      description: initial?.description ?? '',
      startDate: initial?.startDate ?? '',
      endDate: initial?.endDate ?? '',
    },
  });
  const submit = handleSubmit(async (values) => {
    let saved: Project | null = null;
    await write(async () => {
      try {
        const draft = toDraft(values);
        saved = initial ? await repos.projects.update(initial.id, draft) : await repos.projects.create(draft);
      } catch (error) {
        if (!(error instanceof ProjectInvalidError)) throw error;
        showProblems(setError, error.problems);
      }
    });
    if (saved) onSaved(saved);
  });
  const teamOptions = [
    { value: CENTER, label: '本中心' },
    ...teams.map((t) => ({ value: t.id, label: t.name })),
  ];
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label="服务项目信息">
      <Form component={false} layout="vertical" requiredMark>
        <FormField label="项目名称" htmlFor={id('name')} error={errors.name?.message} required>
          <Controller
            name="name"
            control={control}
            render={({ field }) => <Input {...field} id={id('name')} count={textLimit(PROJECT_NAME_MAX)} />}
          />
        </FormField>
        <FormField label="品牌项目" htmlFor={id('brand')}>
          <Controller
            name="brand"
            control={control}
            render={({ field }) => (
              <Switch id={id('brand')} checked={field.value} onChange={field.onChange} />
            )}
          />
        </FormField>
        <FormField label="负责队伍" htmlFor={id('team')} error={errors.teamId?.message}>
          <Controller
            name="teamId"
            control={control}
            render={({ field }) => (
              <Select
                id={id('team')}
                value={field.value}
                onChange={field.onChange}
                showSearch={{ optionFilterProp: 'label' }}
                options={teamOptions}
              />
            )}
          />
        </FormField>
        <FormField label="项目类别" htmlFor={id('category')} error={errors.category?.message}>
          <Controller
            name="category"
            control={control}
            render={({ field }) => (
              <Input {...field} id={id('category')} placeholder="如：助老服务" count={textLimit(20)} />
            )}
          />
        </FormField>
        <FormField label="项目简介" htmlFor={id('description')} error={errors.description?.message}>
          <Controller
            name="description"
            control={control}
            render={({ field }) => (
              <Input.TextArea {...field} id={id('description')} rows={2} count={textLimit(200)} />
            )}
          />
        </FormField>
        <Row gutter={12}>
          {(
            [
              ['startDate', '开始日期', 'start'],
              ['endDate', '结束日期', 'end'],
            ] as const
          ).map(([name, label, key]) => (
            <Col span={12} key={name}>
              <FormField label={label} htmlFor={id(key)} error={errors[name]?.message}>
                <Controller
                  name={name}
                  control={control}
                  render={({ field }) => (
                    <DatePicker
                      id={id(key)}
                      value={field.value ? dayjs(field.value) : null}
                      format={['YYYY-MM-DD', 'YYYYMMDD']}
                      placeholder="不填为长期"
                      onChange={(d) => field.onChange(d ? d.format('YYYY-MM-DD') : '')}
                      style={{ width: '100%' }}
                    />
                  )}
                />
              </FormField>
            </Col>
          ))}
        </Row>
        <Button type="primary" htmlType="submit" loading={busy(isSubmitting)}>
          保存项目
        </Button>
      </Form>
    </form>
  );
}
