import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Flex, Form, Input, Modal, Select, Space, Typography } from 'antd';
import { useId, useMemo, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import type { DutyPost, SchoolTerm } from '@shared/rosters/model';
import { rosterPatternSchema, type RosterPatternFormValues } from '@shared/rosters/pattern-schema';
import { useRepos } from '../../../app/desk-context';
import { useWrite } from '../../../app/use-write';
import { RosterClashError, RosterPatternInvalidError } from '../../../db';
import { useLive } from '../../../db/live-query';
import type { PatternPreview } from '../../../db/repos/rosters';
import { FormField } from '../../../ui/FormField';
import { busy } from '../../../ui/busy';
import { showProblems } from '../../../ui/form-problems';
import { useUndoToast } from '../use-undo-toast';
import { VolunteerSearch, type PickedVolunteer } from '../VolunteerSearch';
import { shiftText, sortedShifts } from '../week-grid';
import { patternDefaults, termRange, WEEKDAY_OPTIONS } from './pattern-form';
import { PatternPreviewPanel } from './PatternPreviewPanel';
import { PatternSuggestions } from './PatternSuggestions';

type Output = z.output<ReturnType<typeof rosterPatternSchema>>;
type Ready = Extract<PatternPreview, { ok: true }>;

/** 按规律排班 for a post: loads the terms, then the form (its defaults depend on them). */
export function PatternDialog({ post, today, onClose }: { post: DutyPost; today: string; onClose(): void }) {
  const repos = useRepos();
  const terms = useLive(() => repos.schoolTerms.list(), [repos]);
  return (
    <Modal open title="按规律排班" onCancel={onClose} footer={null} width={760} destroyOnHidden>
      {terms && <PatternForm post={post} terms={terms} today={today} onClose={onClose} />}
    </Modal>
  );
}

/**
 * A repeating assignment ("every Monday 早岗 this term"): shift, weekdays, term or dates, and the
 * volunteer (searched or from the suggestions). 预览 checks it and shows the dates, the skipped days
 * with why and any clash; 保存 writes it, with 撤销 in the toast. Problems show at their fields.
 */
function PatternForm({
  post,
  terms,
  today,
  onClose,
}: {
  post: DutyPost;
  terms: readonly SchoolTerm[];
  today: string;
  onClose(): void;
}) {
  const repos = useRepos();
  const write = useWrite();
  const undoToast = useUndoToast();
  const uid = useId();
  const id = (n: string) => `${uid}-${n}`;
  const schema = useMemo(() => rosterPatternSchema({ post, terms }), [post, terms]);
  const {
    control,
    handleSubmit,
    getValues,
    setValue,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<RosterPatternFormValues, unknown, Output>({
    resolver: zodResolver(schema),
    defaultValues: patternDefaults(post, terms, today),
  });
  const [picked, setPicked] = useState<PickedVolunteer | null>(null);
  const watched = useWatch({ control });
  const { shiftId = '', weekdays = [], from = '', to = '', termId = '', volunteerId = '' } = watched;
  const slotKey = JSON.stringify([shiftId, weekdays, from, to, termId]);
  const suggestions = useLive(
    () => repos.rosters.suggest({ ...getValues(), volunteerId: '' }),
    [repos, slotKey],
  );
  // A preview is of the values it was made for: any change hides it until 预览 is pressed again.
  const [checked, setChecked] = useState<{ key: string; result: Ready } | null>(null);
  const previewKey = `${slotKey}|${volunteerId}`;
  const preview = checked?.key === previewKey ? checked.result : null;
  const setPreview = (result: Ready) => setChecked({ key: previewKey, result });

  const pick = (v: PickedVolunteer) => {
    setPicked(v);
    setValue('volunteerId', v.id, { shouldValidate: true });
  };
  const check = handleSubmit(async () => {
    const result = await repos.rosters.previewPattern(getValues());
    if (result.ok) setPreview(result);
    else showProblems(setError, result.problems);
  });
  const save = handleSubmit(async () => {
    await write(async () => {
      try {
        const saved = await repos.rosters.savePattern(getValues());
        const name = picked?.label ?? '';
        undoToast(
          `pattern-${saved.pattern.id}`,
          `已为 ${name} 按规律排班 ${saved.entries.length} 次，跳过 ${saved.skipped.length} 天`,
          () => repos.rosters.removePattern(saved.pattern.id),
          `已撤销 ${name} 的按规律排班`,
        );
        onClose();
      } catch (error) {
        if (error instanceof RosterPatternInvalidError) showProblems(setError, error.problems);
        else if (error instanceof RosterClashError && preview)
          // Someone rostered the volunteer since the preview: show the clashes where the preview is.
          setPreview({ ...preview, clashes: error.clashes });
        else throw error;
      }
    });
  });
  const canSave = preview !== null && preview.dates.length > 0 && preview.clashes.length === 0;
  const weekdaysLabel = id('weekdays-label');

  return (
    <form onSubmit={(e) => void check(e)} noValidate aria-label={`${post.name}（${post.place}）按规律排班`}>
      <Form component={false} layout="vertical" requiredMark>
        <Space align="start" wrap size={12}>
          <FormField label="班次" htmlFor={id('shift')} error={errors.shiftId?.message} required>
            <Controller
              name="shiftId"
              control={control}
              render={({ field }) => (
                <Select
                  id={id('shift')}
                  value={field.value}
                  onChange={field.onChange}
                  style={{ width: 200 }}
                  options={sortedShifts(post).map((s) => ({ value: s.id, label: shiftText(s) }))}
                />
              )}
            />
          </FormField>
          <FormField label={<span id={weekdaysLabel}>每周</span>} error={errors.weekdays?.message} required>
            <Controller
              name="weekdays"
              control={control}
              render={({ field }) => (
                <Checkbox.Group
                  role="group"
                  aria-labelledby={weekdaysLabel}
                  value={field.value}
                  onChange={field.onChange}
                  options={WEEKDAY_OPTIONS}
                />
              )}
            />
          </FormField>
        </Space>
        <Space align="start" wrap size={12}>
          <FormField label="学期" htmlFor={id('term')} error={errors.termId?.message}>
            <Controller
              name="termId"
              control={control}
              render={({ field }) => (
                <Select
                  id={id('term')}
                  value={field.value}
                  style={{ width: 220 }}
                  onChange={(v: string) => {
                    field.onChange(v);
                    const term = terms.find((t) => t.id === v);
                    if (!term) return;
                    const range = termRange(term, today);
                    setValue('from', range.from);
                    setValue('to', range.to);
                  }}
                  options={[
                    { value: '', label: '不按学期' },
                    ...terms.map((t) => ({ value: t.id, label: `${t.name}（${t.start} 至 ${t.end}）` })),
                  ]}
                />
              )}
            />
          </FormField>
          {(['from', 'to'] as const).map((name) => (
            <FormField
              key={name}
              label={name === 'from' ? '开始日期' : '结束日期'}
              htmlFor={id(name)}
              error={errors[name]?.message}
              required
            >
              <Controller
                name={name}
                control={control}
                render={({ field }) => <Input {...field} id={id(name)} style={{ width: 130 }} />}
              />
            </FormField>
          ))}
        </Space>
        <Flex vertical gap={8}>
          <VolunteerSearch label="搜索志愿者" picked={picked} onPick={pick} />
          {errors.volunteerId?.message && (
            <Typography.Text type="danger" role="alert">
              {errors.volunteerId.message}
            </Typography.Text>
          )}
          <PatternSuggestions suggestions={suggestions} pickedId={volunteerId} onPick={pick} />
        </Flex>
        {preview && <PatternPreviewPanel preview={preview} />}
        <Space style={{ marginTop: 12 }}>
          <Button htmlType="submit">预览</Button>
          <Button type="primary" disabled={!canSave} loading={busy(isSubmitting)} onClick={() => void save()}>
            保存排班
          </Button>
          <Button onClick={onClose}>取消</Button>
        </Space>
      </Form>
    </form>
  );
}
