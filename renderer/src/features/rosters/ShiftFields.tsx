import { Button, Input, Typography } from 'antd';
import { Controller, useFieldArray, type Control, type FieldErrors } from 'react-hook-form';
import type { z } from 'zod';
import type { dutyPostSchema, DutyPostFormValues } from '@shared/rosters/post-schema';
import { FormField } from '../../ui/FormField';

type Output = z.output<ReturnType<typeof dutyPostSchema>>;
type PostControl = Control<DutyPostFormValues, unknown, Output>;
type ShiftErrors = FieldErrors<DutyPostFormValues>['shifts'];
type ShiftField = 'label' | 'startMinute' | 'endMinute' | 'needed';

const COLUMNS: { name: ShiftField; label: string; width: number; placeholder: string }[] = [
  { name: 'label', label: '班次名称', width: 110, placeholder: '如：早岗' },
  { name: 'startMinute', label: '上岗时间', width: 90, placeholder: '07:20' },
  { name: 'endMinute', label: '下班时间', width: 90, placeholder: '08:00' },
  { name: 'needed', label: '所需人数', width: 80, placeholder: '2' },
];

/**
 * A shift id unique within its post: entries point at it, so an edited shift keeps its id and a new
 * row gets a fresh one (the repository refuses a post whose ids repeat).
 */
function newShiftId(): string {
  return `shift-${crypto.randomUUID().slice(0, 8)}`;
}

/** The post's shifts, one labelled row each (a fieldset 第N班), with add and remove. */
export function ShiftFields({
  control,
  errors,
  uid,
}: {
  control: PostControl;
  errors: ShiftErrors;
  uid: string;
}) {
  const shifts = useFieldArray({ control, name: 'shifts' });
  // Array-level problems: none left, too many, or a removed shift that still has entries (from the repository).
  const listProblem = errors?.message ?? errors?.root?.message;
  return (
    <div style={{ margin: '4px 0 12px' }}>
      <Typography.Text strong>班次</Typography.Text>
      {shifts.fields.map((f, i) => (
        <fieldset key={f.id} style={{ border: 0, padding: 0, margin: '6px 0 0' }}>
          <legend style={{ fontSize: 14, marginBottom: 4 }}>第{i + 1}班</legend>
          <div style={{ display: 'flex', gap: 8, alignItems: 'flex-start', flexWrap: 'wrap' }}>
            {COLUMNS.map((c) => (
              <FormField
                key={c.name}
                label={c.label}
                htmlFor={`${uid}-s${i}-${c.name}`}
                error={errors?.[i]?.[c.name]?.message}
                required
              >
                <Controller
                  name={`shifts.${i}.${c.name}`}
                  control={control}
                  render={({ field }) => (
                    <Input
                      {...field}
                      id={`${uid}-s${i}-${c.name}`}
                      placeholder={c.placeholder}
                      style={{ width: c.width }}
                    />
                  )}
                />
              </FormField>
            ))}
            {shifts.fields.length > 1 && (
              <Button
                type="link"
                danger
                style={{ marginTop: 30 }}
                aria-label={`删除第${i + 1}班`}
                onClick={() => shifts.remove(i)}
              >
                删除
              </Button>
            )}
          </div>
        </fieldset>
      ))}
      {listProblem && (
        <Typography.Text type="danger" role="alert" style={{ display: 'block' }}>
          {listProblem}
        </Typography.Text>
      )}
      <Button
        size="small"
        disabled={shifts.fields.length >= 12}
        onClick={() =>
          shifts.append({
            id: newShiftId(),
            label: '午岗',
            startMinute: '16:30',
            endMinute: '17:15',
            needed: '1',
          })
        }
      >
        添加班次
      </Button>
    </div>
  );
}
