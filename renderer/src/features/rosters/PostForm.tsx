import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Form, Input, Radio, Select, Space } from 'antd';
import { useId, useMemo } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { POST_CALENDARS, type DutyPost } from '@shared/rosters/model';
import { dutyPostSchema, emptyDutyPostForm, type DutyPostFormValues } from '@shared/rosters/post-schema';
import { useRepos } from '../../app/desk-context';
import { useWrite } from '../../app/use-write';
import { DutyPostInvalidError } from '../../db';
import { useLive } from '../../db/live-query';
import { FormField } from '../../ui/FormField';
import { busy } from '../../ui/busy';
import { usePosts, useStations } from '../organisation/use-organisation';
import { ShiftFields } from './ShiftFields';
import { postFormValues } from './week-grid';
import { showProblems } from '../../ui/form-problems';

type Output = z.output<ReturnType<typeof dutyPostSchema>>;

/** Create or edit a duty post and its shifts; problems show at their fields and nothing typed is lost. */
export function PostForm({ post, onSaved }: { post: DutyPost | null; onSaved(saved: DutyPost): void }) {
  const names = usePosts();
  if (!names) return null;
  // A post keeps its 岗位 name after the list drops it, as the repository allows.
  const postNames = post && !names.includes(post.name) ? [...names, post.name] : names;
  return <PostFormFields post={post} postNames={postNames} onSaved={onSaved} />;
}

function PostFormFields({
  post,
  postNames,
  onSaved,
}: {
  post: DutyPost | null;
  postNames: readonly string[];
  onSaved(saved: DutyPost): void;
}) {
  const repos = useRepos();
  const write = useWrite();
  const stations = useStations();
  const teams = useLive(() => repos.teams.active(), [repos]);
  const uid = useId();
  const id = (n: string) => `${uid}-${n}`;
  const schema = useMemo(() => dutyPostSchema({ postNames }), [postNames]);
  const {
    control,
    handleSubmit,
    getValues,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<DutyPostFormValues, unknown, Output>({
    resolver: zodResolver(schema),
    defaultValues: post ? postFormValues(post) : emptyDutyPostForm(postNames[0] ?? ''),
  });
  const submit = handleSubmit(async () => {
    let saved: DutyPost | null = null;
    // The repository parses the typed values itself (it also checks shifts that still have entries).
    const values = getValues();
    await write(async () => {
      try {
        saved = post ? await repos.dutyPosts.update(post.id, values) : await repos.dutyPosts.create(values);
      } catch (error) {
        if (!(error instanceof DutyPostInvalidError)) throw error;
        showProblems(setError, error.problems);
      }
    });
    if (saved) onSaved(saved);
  });
  const calendarLabel = id('calendar-label');
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label="排班岗位信息">
      <Form component={false} layout="vertical" requiredMark>
        <Space align="start" wrap size={12}>
          <FormField label="岗位" htmlFor={id('name')} error={errors.name?.message} required>
            <Controller
              name="name"
              control={control}
              render={({ field }) => (
                <Select
                  id={id('name')}
                  value={field.value}
                  onChange={field.onChange}
                  showSearch={{ optionFilterProp: 'label' }}
                  style={{ width: 200 }}
                  options={postNames.map((n) => ({ value: n, label: n }))}
                />
              )}
            />
          </FormField>
          <FormField label="上岗地点" htmlFor={id('place')} error={errors.place?.message} required>
            <Controller
              name="place"
              control={control}
              render={({ field }) => (
                <Input {...field} id={id('place')} placeholder="如：实验小学南门" style={{ width: 240 }} />
              )}
            />
          </FormField>
        </Space>
        <Space align="start" wrap size={12}>
          <FormField label="所属所/站" htmlFor={id('station')} error={errors.stationId?.message}>
            <Controller
              name="stationId"
              control={control}
              render={({ field }) => (
                <Select
                  id={id('station')}
                  value={field.value || undefined}
                  onChange={(v: string | undefined) => field.onChange(v ?? '')}
                  allowClear
                  placeholder="本中心"
                  style={{ width: 200 }}
                  options={(stations ?? []).map((s) => ({ value: s.id, label: s.name }))}
                />
              )}
            />
          </FormField>
          <FormField label="负责服务队" htmlFor={id('team')} error={errors.teamId?.message}>
            <Controller
              name="teamId"
              control={control}
              render={({ field }) => (
                <Select
                  id={id('team')}
                  value={field.value || undefined}
                  onChange={(v: string | undefined) => field.onChange(v ?? '')}
                  allowClear
                  placeholder="不指定"
                  style={{ width: 200 }}
                  options={(teams ?? []).map((t) => ({ value: t.id, label: t.name }))}
                />
              )}
            />
          </FormField>
          <FormField label="服务社区" htmlFor={id('community')} error={errors.community?.message}>
            <Controller
              name="community"
              control={control}
              render={({ field }) => (
                <Input {...field} id={id('community')} placeholder="如：东街社区" style={{ width: 160 }} />
              )}
            />
          </FormField>
        </Space>
        <Space align="start" wrap size={24}>
          <FormField label={<span id={calendarLabel}>排班日历</span>} error={errors.calendar?.message}>
            <Controller
              name="calendar"
              control={control}
              render={({ field }) => (
                <Radio.Group
                  aria-labelledby={calendarLabel}
                  value={field.value}
                  onChange={(e) => field.onChange(e.target.value)}
                  options={POST_CALENDARS.map((c) => ({ value: c, label: c }))}
                />
              )}
            />
          </FormField>
          <Controller
            name="adultsOnly"
            control={control}
            render={({ field }) => (
              <Checkbox
                checked={field.value}
                onChange={(e) => field.onChange(e.target.checked)}
                style={{ marginTop: 30 }}
              >
                仅限成年志愿者
              </Checkbox>
            )}
          />
        </Space>
        <ShiftFields control={control} errors={errors.shifts} uid={uid} />
        <Button type="primary" htmlType="submit" loading={busy(isSubmitting)}>
          保存岗位
        </Button>
      </Form>
    </form>
  );
}
