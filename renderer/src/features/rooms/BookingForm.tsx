import { zodResolver } from '@hookform/resolvers/zod';
import { App, Button, Form, Radio } from 'antd';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import {
  bookingFormSchema,
  parseTimeOfDay,
  recurrenceOf,
  type BookingFormValues,
  type BookingInput,
} from '@shared/booking/form-schema';
import { isBackfill, weekdaysAfterDateChange } from '@shared/booking/form-dates';
import { describeRule } from '@shared/booking/recurrence';
import { OCCURRENCE_CAP, type BookingRules } from '@shared/booking/rules';
import { SCOPE_LABELS, type SeriesScope } from '@shared/booking/series';
import type { Organisation, Room } from '@shared/model';
import {
  fromDateAndMinutes,
  isValidDateKey,
  formatMinutes,
  dateKey,
  minuteOfDay,
} from '@shared/time/center-time';
import { useRepos } from '../../app/desk-context';
import { useWrite } from '../../app/use-write';
import { useLive } from '../../db/live-query';
import { BookingRefusedError } from '../../db/repos/booking-tx';
import { MAKEUP_DAYS } from '../../db/repos/closures';
import { AdvicePanel } from './AdvicePanel';
import { BookingFields } from './BookingFields';
import { OrganisationModal } from './OrganisationModal';
import { RepeatFields } from './RepeatFields';
import { SeriesPreview, type PreviewChoice } from './SeriesPreview';
import { busy } from '../../ui/busy';

interface Props {
  initial: BookingFormValues;
  /** Set when editing: the booking's id and whether it belongs to a series. */
  editing: { id: string; inSeries: boolean } | null;
  walkIn: boolean;
  rooms: Room[];
  organisations: Organisation[];
  rules: BookingRules;
  onDirty(dirty: boolean): void;
  onDone(message: string): void;
}

const FIELD_OF = { start: 'startTime', end: 'endTime', roomId: 'roomId' } as const;

/** The booking form: validated at each field, advised live by the data layer, saved in one transaction. */
export function BookingForm({
  initial,
  editing,
  walkIn,
  rooms,
  organisations,
  rules,
  onDirty,
  onDone,
}: Props) {
  const repos = useRepos();
  const write = useWrite();
  const { message } = App.useApp();
  // One id per opened form: a double submit hands the repository the same id twice, so it saves once.
  const [draftId] = useState(() => crypto.randomUUID());
  const [openedAt] = useState(() => Date.now());
  const [scope, setScope] = useState<SeriesScope>('this');
  const [choices, setChoices] = useState<Map<string, PreviewChoice>>(new Map());
  const [orgModal, setOrgModal] = useState(false);
  const roomById = useMemo(() => new Map(rooms.map((r) => [r.id, r])), [rooms]);
  const schema = useMemo(
    () =>
      bookingFormSchema({
        now: openedAt,
        rules,
        room: (id) => roomById.get(id),
        makeup: MAKEUP_DAYS,
        editing: !!editing,
      }),
    [openedAt, rules, roomById, editing],
  );
  const {
    control,
    handleSubmit,
    setValue,
    getValues,
    setError,
    setFocus,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<BookingFormValues, unknown, BookingInput>({
    resolver: zodResolver(schema),
    defaultValues: initial,
  });
  useEffect(() => onDirty(isDirty), [isDirty, onDirty]);
  // The drawer opens on the first field still to fill, so typing can start at once.
  useEffect(() => {
    const first = firstToFill(initial, walkIn);
    // After the drawer has focused its own panel on opening.
    const t = window.setTimeout(() => setFocus(first), 0);
    return () => window.clearTimeout(t);
    // Once per opened form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const adviceId = useId();
  const showAdvice = () => document.getElementById(adviceId)?.scrollIntoView({ block: 'nearest' });

  const v = useWatch({ control });
  // A weekly series follows the first date to another weekday (it kept the weekday the form opened on).
  const shownDate = useRef(initial.date);
  useEffect(() => {
    const from = shownDate.current;
    const to = v.date ?? '';
    if (to === from || !isValidDateKey(to)) return;
    shownDate.current = to;
    const weekdays = (v.repeat?.weekdays ?? []).filter((d): d is number => d !== undefined);
    setValue('repeat.weekdays', weekdaysAfterDateChange(weekdays, from, to), { shouldDirty: true });
  }, [v.date, v.repeat?.weekdays, setValue]);
  const startMin = parseTimeOfDay(v.startTime ?? '');
  const endMin = parseTimeOfDay(v.endTime ?? '');
  const ready =
    !!v.roomId && isValidDateKey(v.date ?? '') && startMin !== null && endMin !== null && endMin > startMin;
  const start = ready ? fromDateAndMinutes(v.date as string, startMin) : 0;
  const end = ready ? fromDateAndMinutes(v.date as string, endMin) : 0;
  const expected = Number.isFinite(v.expectedAttendees) ? (v.expectedAttendees as number) : 1;
  const roomId = v.roomId ?? '';
  const advice = useLive(
    async () =>
      ready
        ? repos.places.advise(
            { id: editing?.id ?? null, roomId, start, end, expectedAttendees: expected },
            Date.now(),
          )
        : undefined,
    [repos, ready, roomId, start, end, expected, editing?.id],
  );
  const repeating = !editing && !walkIn && v.repeat?.enabled === true;
  const cap = Math.min(rules.maxOccurrences, OCCURRENCE_CAP);
  const ruleKey = JSON.stringify(repeating ? [v.repeat, v.date] : null);
  const rule = useMemo(() => {
    const r = v.repeat;
    if (!repeating || !r || !isValidDateKey(v.date ?? '')) return null;
    const full = {
      ...initial.repeat,
      ...r,
      weekdays: (r.weekdays ?? []).filter((d): d is number => d !== undefined),
    };
    const parsed = schema.safeParse({ ...initial, ...v, repeat: full });
    if (!parsed.success && parsed.error.issues.some((i) => i.path[0] === 'repeat')) return null;
    return recurrenceOf(full, v.date as string, cap);
    // ruleKey stands for the watched repeat values, which are a new object on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ruleKey, schema, cap]);
  const preview = useLive(
    async () =>
      ready && rule
        ? repos.places.preview({ roomId, start, end, expectedAttendees: expected }, rule, cap, Date.now())
        : undefined,
    [repos, ready, rule, roomId, start, end, cap],
  );

  const submit = handleSubmit(async (input) => {
    const { repeat, ...fields } = input;
    let label = '';
    const ok = await write(async () => {
      try {
        if (editing) {
          const rows = await repos.bookings.update(editing.id, fields, editing.inSeries ? scope : 'this');
          label = rows.length > 1 ? `已修改 ${rows.length} 次预约` : `预约 ${rows[0]?.number ?? ''} 已修改`;
        } else if (repeat && preview) {
          const occurrences = preview.flatMap((row) => {
            if (row.problems.length === 0) return [{ start: row.start, end: row.end }];
            return choices.get(row.date) === 'move' && row.move ? [row.move] : [];
          });
          const rows = await repos.bookings.createSeries(fields, repeat, occurrences, { id: draftId });
          label = `已创建重复预约 ${rows.length} 次`;
        } else {
          const row = await repos.bookings.create(fields, { id: draftId, walkIn });
          label = walkIn
            ? `${roomById.get(row.roomId)?.name ?? ''}已开始使用（${row.number}）`
            : `预约 ${row.number} 已保存`;
        }
      } catch (error) {
        if (error instanceof BookingRefusedError && !repeat) {
          for (const p of error.problems) setError(FIELD_OF[p.field], { message: p.message });
          showAdvice();
        }
        throw error;
      }
    });
    if (ok) onDone(label);
  });

  const room = roomById.get(roomId);
  const conflict = !!advice?.problems.some(
    (p) => p.kind === 'overlap' || p.kind === 'closure' || p.kind === 'hours',
  );
  const showBackfill = !editing && !walkIn && ready && isBackfill(start, openedAt);
  return (
    <form
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
        if (e.ctrlKey || e.metaKey) {
          e.preventDefault();
          void submit();
        } else if (e.target instanceof HTMLInputElement) {
          // Enter confirms a typed date or time (the pickers handle it first); saving is Ctrl+Enter
          // or the button, so a half-typed form is never sent with the value the field had before.
          e.preventDefault();
        }
      }}
      noValidate
      aria-label={editing ? '修改预约' : walkIn ? '立即使用' : '新建预约'}
    >
      <Form component={false} layout="vertical" requiredMark>
        <BookingFields
          control={control}
          errors={errors}
          setValue={setValue}
          getValues={getValues}
          rooms={rooms}
          organisations={organisations}
          room={room}
          showBackfill={showBackfill}
          walkIn={walkIn}
          onNewOrganisation={() => setOrgModal(true)}
          afterTimes={
            <div id={adviceId}>
              <AdvicePanel
                advice={advice}
                date={v.date ?? ''}
                onTakeSlot={(slot) => {
                  setValue('date', dateKey(slot.start), { shouldDirty: true });
                  setValue('startTime', formatMinutes(minuteOfDay(slot.start)), {
                    shouldValidate: true,
                    shouldDirty: true,
                  });
                  setValue('endTime', formatMinutes(minuteOfDay(slot.end)), {
                    shouldValidate: true,
                    shouldDirty: true,
                  });
                }}
                onTakeRoom={(r) => setValue('roomId', r.id, { shouldValidate: true, shouldDirty: true })}
              />
            </div>
          }
        />
        {!editing && !walkIn && <RepeatFields control={control} errors={errors} maxOccurrences={cap} />}
        {repeating && rule && (
          <SeriesPreview
            rows={preview}
            choices={choices}
            describe={describeRule(rule)}
            onChoose={(date, choice) => setChoices((m) => new Map(m).set(date, choice))}
          />
        )}
        {editing?.inSeries && (
          <Form.Item label={<span id="booking-scope-label">修改范围</span>}>
            <Radio.Group
              aria-labelledby="booking-scope-label"
              value={scope}
              onChange={(e) => setScope(e.target.value as SeriesScope)}
              options={(Object.keys(SCOPE_LABELS) as SeriesScope[]).map((s) => ({
                value: s,
                label: SCOPE_LABELS[s],
              }))}
            />
          </Form.Item>
        )}
        <div className="booking-save-bar">
          <Button type="primary" htmlType="submit" loading={busy(isSubmitting)}>
            {editing
              ? '保存修改'
              : walkIn
                ? '开始使用'
                : repeating && preview
                  ? `保存 ${countBooked(preview, choices)} 次预约`
                  : '保存预约'}
          </Button>
          <span className="booking-save-hint">Ctrl+Enter 保存</span>
          {conflict && (
            <Button type="link" danger size="small" onClick={showAdvice}>
              该时间无法预约，查看原因
            </Button>
          )}
        </div>
      </Form>
      <OrganisationModal
        open={orgModal}
        onClose={() => setOrgModal(false)}
        onSaved={(org) => {
          setOrgModal(false);
          setValue('organisationId', org.id, { shouldDirty: true });
          setValue('contactName', org.contactName, { shouldDirty: true });
          setValue('phone', org.phone, { shouldDirty: true });
          void message.success(`已新建单位「${org.name}」`);
        }}
      />
    </form>
  );
}

/** The field the drawer opens on: the first of where and when still empty, else the activity's name. */
function firstToFill(
  initial: BookingFormValues,
  walkIn: boolean,
): 'roomId' | 'startTime' | 'endTime' | 'title' {
  if (walkIn) return 'title';
  if (!initial.roomId) return 'roomId';
  if (!initial.startTime) return 'startTime';
  if (!initial.endTime) return 'endTime';
  return 'title';
}

function countBooked(
  rows: { date: string; problems: unknown[]; move: unknown }[],
  choices: ReadonlyMap<string, PreviewChoice>,
): number {
  return rows.filter((r) => r.problems.length === 0 || (choices.get(r.date) === 'move' && r.move)).length;
}
