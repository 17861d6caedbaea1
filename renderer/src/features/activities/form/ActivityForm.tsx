import { AutoComplete, Button, Col, Form, Input, Row, Select, Space } from 'antd';
import { useId } from 'react';
import { Controller, useForm, type Resolver } from 'react-hook-form';
import { useNavigate } from 'react-router-dom';
import {
  ACTIVITY_EVALUATIONS,
  activityFromForm,
  activityProblems,
  type ActivityFormValues,
} from '@shared/activities/activity-schema';
import { BOOKING_CATEGORIES, type Project } from '@shared/model';
import type { Station } from '@shared/organisation/stations';
import { useRepos } from '../../../app/desk-context';
import { useWrite } from '../../../app/use-write';
import { ActivityInvalidError } from '../../../db/repos/activities';
import { FormField } from '../../../ui/FormField';

interface Props {
  id: string | null;
  initial: ActivityFormValues;
  projects: readonly Project[];
  stations: readonly Station[];
}

const resolver: Resolver<ActivityFormValues> = (values) => {
  const problems = activityProblems(values);
  const errors = Object.fromEntries(
    Object.entries(problems).map(([k, message]) => [k, { type: 'validate', message }]),
  );
  return Object.keys(errors).length > 0 ? { values: {}, errors } : { values, errors: {} };
};

type TextKey = Exclude<keyof ActivityFormValues, 'category' | 'projectId' | 'stationId' | 'evaluation'>;

/** The activity's facts; every problem shows at its field and nothing typed is lost. */
export function ActivityForm({ id, initial, projects, stations }: Props) {
  const repos = useRepos();
  const write = useWrite();
  const navigate = useNavigate();
  const uid = useId();
  const fid = (name: string) => `${uid}-${name}`;
  const {
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ActivityFormValues>({ defaultValues: initial, resolver, mode: 'onTouched' });

  const submit = handleSubmit(async (values) => {
    const draft = activityFromForm(values);
    let savedId = id;
    const ok = await write(async () => {
      try {
        savedId = (id ? await repos.activities.update(id, draft) : await repos.activities.create(draft)).id;
      } catch (e) {
        if (e instanceof ActivityInvalidError) {
          for (const [k, message] of Object.entries(e.problems))
            setError(k as keyof ActivityFormValues, { message });
        }
        throw e;
      }
    });
    if (ok && savedId) void navigate(`/activities/${savedId}`);
  });

  const text = (
    name: TextKey,
    label: string,
    opts: { required?: boolean; area?: boolean; placeholder?: string } = {},
  ) => (
    <FormField label={label} htmlFor={fid(name)} error={errors[name]?.message} required={opts.required}>
      <Controller
        control={control}
        name={name}
        render={({ field }) =>
          opts.area ? (
            <Input.TextArea
              id={fid(name)}
              {...field}
              autoSize={{ minRows: 2, maxRows: 6 }}
              placeholder={opts.placeholder}
            />
          ) : (
            <Input
              id={fid(name)}
              {...field}
              placeholder={opts.placeholder}
              status={errors[name] ? 'error' : undefined}
            />
          )
        }
      />
    </FormField>
  );

  return (
    <Form layout="vertical" component="div" style={{ maxWidth: 880 }}>
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={id ? '修改活动' : '新建活动'}>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            {text('title', '活动名称', { required: true, placeholder: '例如 重阳敬老义诊' })}
          </Col>
          <Col xs={12} md={6}>
            <FormField label="活动类别" htmlFor={fid('category')} error={errors.category?.message} required>
              <Controller
                control={control}
                name="category"
                render={({ field }) => (
                  <Select
                    id={fid('category')}
                    {...field}
                    options={BOOKING_CATEGORIES.map((c) => ({ value: c, label: c }))}
                  />
                )}
              />
            </FormField>
          </Col>
          <Col xs={12} md={6}>
            <FormField label="所/站" htmlFor={fid('stationId')}>
              <Controller
                control={control}
                name="stationId"
                render={({ field }) => (
                  <Select
                    id={fid('stationId')}
                    {...field}
                    options={[
                      { value: '', label: '本中心' },
                      ...stations.map((s) => ({ value: s.id, label: s.name })),
                    ]}
                  />
                )}
              />
            </FormField>
          </Col>
          <Col xs={12} md={6}>
            {text('date', '日期', { required: true, placeholder: '2026-12-01' })}
          </Col>
          <Col xs={6} md={3}>
            {text('startTime', '开始时间', { required: true, placeholder: '09:00' })}
          </Col>
          <Col xs={6} md={3}>
            {text('endTime', '结束时间', { required: true, placeholder: '11:00' })}
          </Col>
          <Col xs={24} md={12}>
            <FormField label="服务项目" htmlFor={fid('projectId')}>
              <Controller
                control={control}
                name="projectId"
                render={({ field }) => (
                  <Select
                    id={fid('projectId')}
                    {...field}
                    showSearch={{ optionFilterProp: 'label' }}
                    options={[
                      { value: '', label: '不属于服务项目' },
                      ...projects.map((p) => ({ value: p.id, label: p.name })),
                    ]}
                  />
                )}
              />
            </FormField>
          </Col>
          <Col xs={24} md={12}>
            {text('place', '活动地点', { placeholder: '例如 社区广场、线上' })}
          </Col>
          <Col xs={24} md={12}>
            {text('organiser', '组织单位')}
          </Col>
          <Col xs={24} md={12}>
            {text('serviceObject', '服务对象', { placeholder: '例如 辖区老年人' })}
          </Col>
          <Col xs={12} md={6}>
            {text('beneficiaries', '受益人次')}
          </Col>
          <Col xs={12} md={6}>
            {text('participants', '参与人次')}
          </Col>
          <Col xs={12} md={6}>
            {text('leader', '负责人')}
          </Col>
          <Col xs={12} md={6}>
            <FormField label="评价" htmlFor={fid('evaluation')} extra="可选择，也可直接填写">
              <Controller
                control={control}
                name="evaluation"
                render={({ field }) => (
                  <AutoComplete
                    id={fid('evaluation')}
                    {...field}
                    options={ACTIVITY_EVALUATIONS.map((v) => ({ value: v }))}
                  />
                )}
              />
            </FormField>
          </Col>
          <Col span={24}>{text('summary', '活动简介', { area: true })}</Col>
          <Col span={24}>
            {text('content', '服务内容', { area: true, placeholder: '会带入每位志愿者的服务记录' })}
          </Col>
        </Row>
        <Space>
          <Button type="primary" htmlType="submit" loading={isSubmitting}>
            保存
          </Button>
          <Button onClick={() => void navigate(id ? `/activities/${id}` : '/activities')}>取消</Button>
        </Space>
      </form>
    </Form>
  );
}
