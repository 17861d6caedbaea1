import { Button, Checkbox, Input, Space, Typography } from 'antd';
import {
  Controller,
  useFieldArray,
  useWatch,
  type Control,
  type FieldErrors,
  type UseFormSetValue,
} from 'react-hook-form';
import type { z } from 'zod';
import { MAX_WINDOWS_PER_DAY, type roomSchema, type RoomFormValues } from '@shared/booking/room-schema';

type Output = z.output<typeof roomSchema>;
type RoomControl = Control<RoomFormValues, unknown, Output>;
type HoursErrors = FieldErrors<RoomFormValues>['hours'];
type WindowErrors = NonNullable<NonNullable<HoursErrors>[number]>['windows'];

const DAY_NAMES = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
/** Form rows run Monday first, as a Chinese timetable does. */
const ROW_WEEKDAYS = [1, 2, 3, 4, 5, 6, 0];

/** The weekly timetable of a room: each day ticked open with one or more windows (a lunch break splits it). */
export function OpeningHoursFields({
  control,
  setValue,
  errors,
  uid,
}: {
  control: RoomControl;
  setValue: UseFormSetValue<RoomFormValues>;
  errors: HoursErrors;
  uid: string;
}) {
  const hours = useWatch({ control, name: 'hours' });
  // Most rooms keep the same hours every open day: type them once, then copy them down.
  const firstOpen = hours.findIndex((h) => h.open);
  const source = hours[firstOpen];
  const copyFirst = () => {
    if (!source) return;
    hours.forEach((h, i) => {
      if (i > firstOpen && h.open) {
        setValue(
          `hours.${i}.windows`,
          source.windows.map((w) => ({ ...w })),
          { shouldDirty: true, shouldValidate: true },
        );
      }
    });
  };
  return (
    <div style={{ margin: '6px 0 12px' }}>
      {ROW_WEEKDAYS.map((weekday, index) => (
        <DayRow key={weekday} index={index} control={control} errors={errors?.[index]?.windows} uid={uid} />
      ))}
      {source && (
        <Button size="small" onClick={copyFirst}>
          其他开放日与{DAY_NAMES[ROW_WEEKDAYS[firstOpen] as number]}相同
        </Button>
      )}
    </div>
  );
}

function DayRow({
  index,
  control,
  errors,
  uid,
}: {
  index: number;
  control: RoomControl;
  errors: WindowErrors;
  uid: string;
}) {
  const day = DAY_NAMES[ROW_WEEKDAYS[index] as number] as string;
  const windows = useFieldArray({ control, name: `hours.${index}.windows` });
  const open = useWatch({ control, name: `hours.${index}.open` });
  const messages = windows.fields
    .map((_, j) => {
      const message = errors?.[j]?.openTime?.message ?? errors?.[j]?.closeTime?.message;
      return message && (j === 0 ? message : `第${j + 1}段：${message}`);
    })
    .filter((m): m is string => !!m);
  return (
    <Space size={8} style={{ display: 'flex', marginBottom: 4 }} align="start">
      <Controller
        name={`hours.${index}.open`}
        control={control}
        render={({ field }) => (
          <Checkbox
            checked={field.value}
            onChange={(e) => field.onChange(e.target.checked)}
            style={{ width: 70, marginTop: 5 }}
          >
            {day}
          </Checkbox>
        )}
      />
      <Space orientation="vertical" size={4}>
        {windows.fields.map((f, j) => {
          // The first window keeps the plain name (周六开门时间); later ones say which span they are.
          const part = j === 0 ? '' : `第${j + 1}段`;
          return (
            <Space key={f.id} size={8} align="center">
              <TimeInput
                control={control}
                name={`hours.${index}.windows.${j}.openTime`}
                label={`${day}${part}开门时间`}
                id={`${uid}-h${index}w${j}o`}
                invalid={!!errors?.[j]?.openTime}
                disabled={!open}
              />
              <span>至</span>
              <TimeInput
                control={control}
                name={`hours.${index}.windows.${j}.closeTime`}
                label={`${day}${part}关门时间`}
                id={`${uid}-h${index}w${j}c`}
                invalid={!!errors?.[j]?.closeTime}
                disabled={!open}
              />
              {j > 0 && (
                <Button
                  type="link"
                  danger
                  size="small"
                  onClick={() => windows.remove(j)}
                  aria-label={`删除${day}${part}`}
                >
                  删除
                </Button>
              )}
            </Space>
          );
        })}
        {messages.map((m, k) => (
          <Typography.Text key={k} type="danger">
            {m}
          </Typography.Text>
        ))}
      </Space>
      {open && windows.fields.length < MAX_WINDOWS_PER_DAY && (
        <Button
          type="link"
          size="small"
          style={{ marginTop: 4 }}
          aria-label={`${day}添加时间段`}
          onClick={() => windows.append({ openTime: '14:00', closeTime: '17:30' })}
        >
          添加时间段
        </Button>
      )}
    </Space>
  );
}

function TimeInput({
  control,
  name,
  label,
  id,
  invalid,
  disabled,
}: {
  control: RoomControl;
  name: `hours.${number}.windows.${number}.${'openTime' | 'closeTime'}`;
  label: string;
  id: string;
  invalid: boolean;
  disabled: boolean;
}) {
  return (
    <Controller
      name={name}
      control={control}
      render={({ field }) => (
        <Input
          {...field}
          id={id}
          aria-label={label}
          status={invalid ? 'error' : undefined}
          disabled={disabled}
          style={{ width: 80 }}
        />
      )}
    />
  );
}
