import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Form, Input, InputNumber, Select, Space, Switch, Typography } from 'antd';
import { useId } from 'react';
import { Controller, useFieldArray, useForm, type Control } from 'react-hook-form';
import type { z } from 'zod';
import { roomFormValues, roomSchema, type RoomFormValues } from '@shared/booking/room-schema';
import { ROOM_KINDS, type Room } from '@shared/model';
import { useRepos } from '../../app/desk-context';
import { useWrite } from '../../app/use-write';
import { FormField } from '../../ui/FormField';
import { busy } from '../../ui/busy';
import { OpeningHoursFields } from './OpeningHoursFields';
import { textLimit } from '@shared/validation/text-limit';

type Output = z.output<typeof roomSchema>;
const EQUIPMENT_SUGGESTIONS = [
  '投影仪',
  '音响',
  '无线话筒',
  '讲台',
  '钢琴',
  '电脑',
  'LED屏',
  '白板',
  '空调',
  '桌椅',
];

function NumberField({
  control,
  name,
  label,
  id,
  error,
  unit,
}: {
  control: Control<RoomFormValues, unknown, Output>;
  name: 'capacity' | 'setupMinutes' | 'cleanupMinutes';
  label: string;
  id: string;
  error?: string | undefined;
  unit: string;
}) {
  return (
    <FormField label={label} htmlFor={id} error={error} required>
      <Controller
        name={name}
        control={control}
        render={({ field }) => (
          <InputNumber
            id={id}
            value={field.value}
            onChange={(v) => field.onChange(v ?? Number.NaN)}
            min={0}
            precision={0}
            suffix={unit}
            style={{ width: 130 }}
          />
        )}
      />
    </FormField>
  );
}

/** Create or edit a room: kind, size, equipment, weekly hours, named sessions, buffers, approval, colour. */
export function RoomForm({ room, onSaved }: { room: Room | null; onSaved(): void }) {
  const repos = useRepos();
  const write = useWrite();
  const uid = useId();
  const id = (n: string) => `${uid}-${n}`;
  const {
    control,
    handleSubmit,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<RoomFormValues, unknown, Output>({
    resolver: zodResolver(roomSchema),
    defaultValues: roomFormValues(room),
  });
  const sessions = useFieldArray({ control, name: 'sessions' });
  const submit = handleSubmit(async (v) => {
    const ok = await write(() =>
      repos.rooms.save({ ...v, sortOrder: room?.sortOrder ?? 0 }, room?.id ?? null),
    );
    if (ok) onSaved();
  });
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label="场地信息">
      <Form component={false} layout="vertical" requiredMark>
        <Space align="start" wrap size={12}>
          <FormField label="场地名称" htmlFor={id('name')} error={errors.name?.message} required>
            <Controller
              name="name"
              control={control}
              render={({ field }) => (
                <Input {...field} id={id('name')} count={textLimit(30)} style={{ width: 200 }} />
              )}
            />
          </FormField>
          <FormField label="类型" htmlFor={id('kind')} error={errors.kind?.message} required>
            <Controller
              name="kind"
              control={control}
              render={({ field }) => (
                <Select
                  id={id('kind')}
                  value={field.value}
                  onChange={field.onChange}
                  style={{ width: 130 }}
                  options={ROOM_KINDS.map((k) => ({ value: k, label: k }))}
                />
              )}
            />
          </FormField>
          <FormField label="颜色" htmlFor={id('color')} error={errors.color?.message}>
            <Controller
              name="color"
              control={control}
              render={({ field }) => (
                <input
                  type="color"
                  id={id('color')}
                  value={field.value}
                  onChange={(e) => field.onChange(e.target.value)}
                  style={{ width: 48, height: 32 }}
                />
              )}
            />
          </FormField>
        </Space>
        <Space align="start" wrap size={12}>
          <NumberField
            control={control}
            name="capacity"
            label="容纳人数"
            id={id('capacity')}
            error={errors.capacity?.message}
            unit="人"
          />
          <FormField label="面积" htmlFor={id('area')} error={errors.area?.message}>
            <Controller
              name="area"
              control={control}
              render={({ field }) => (
                <InputNumber
                  id={id('area')}
                  value={field.value}
                  onChange={(v) => field.onChange(v ?? null)}
                  min={0}
                  suffix="㎡"
                  style={{ width: 130 }}
                />
              )}
            />
          </FormField>
          <FormField label="位置" htmlFor={id('location')} error={errors.location?.message}>
            <Controller
              name="location"
              control={control}
              render={({ field }) => (
                <Input {...field} id={id('location')} count={textLimit(50)} placeholder="如：一楼东侧" />
              )}
            />
          </FormField>
        </Space>
        <FormField
          label="设备"
          htmlFor={id('equipment')}
          error={errors.equipment?.message}
          extra="可输入新设备后回车添加"
        >
          <Controller
            name="equipment"
            control={control}
            render={({ field }) => (
              <Select
                id={id('equipment')}
                mode="tags"
                value={field.value}
                onChange={field.onChange}
                options={EQUIPMENT_SUGGESTIONS.map((e) => ({ value: e, label: e }))}
              />
            )}
          />
        </FormField>
        <Typography.Text strong>开放时间</Typography.Text>
        <OpeningHoursFields control={control} setValue={setValue} errors={errors.hours} uid={uid} />
        <Typography.Text strong>预约时段</Typography.Text>
        <div style={{ margin: '6px 0 12px' }}>
          {sessions.fields.map((f, i) => (
            <Space key={f.id} align="start" size={8}>
              <FormField label="名称" htmlFor={id(`s${i}n`)} error={errors.sessions?.[i]?.name?.message}>
                <Controller
                  name={`sessions.${i}.name`}
                  control={control}
                  render={({ field }) => <Input {...field} id={id(`s${i}n`)} style={{ width: 90 }} />}
                />
              </FormField>
              <FormField label="开始" htmlFor={id(`s${i}s`)} error={errors.sessions?.[i]?.startTime?.message}>
                <Controller
                  name={`sessions.${i}.startTime`}
                  control={control}
                  render={({ field }) => <Input {...field} id={id(`s${i}s`)} style={{ width: 80 }} />}
                />
              </FormField>
              <FormField label="结束" htmlFor={id(`s${i}e`)} error={errors.sessions?.[i]?.endTime?.message}>
                <Controller
                  name={`sessions.${i}.endTime`}
                  control={control}
                  render={({ field }) => <Input {...field} id={id(`s${i}e`)} style={{ width: 80 }} />}
                />
              </FormField>
              <Button type="link" danger style={{ marginTop: 30 }} onClick={() => sessions.remove(i)}>
                删除
              </Button>
            </Space>
          ))}
          <div>
            <Button
              size="small"
              onClick={() => sessions.append({ name: '晚上', startTime: '19:00', endTime: '21:00' })}
            >
              添加时段
            </Button>
          </div>
        </div>
        <Space align="start" wrap size={12}>
          <NumberField
            control={control}
            name="setupMinutes"
            label="布置时间"
            id={id('setup')}
            error={errors.setupMinutes?.message}
            unit="分钟"
          />
          <NumberField
            control={control}
            name="cleanupMinutes"
            label="清场时间"
            id={id('cleanup')}
            error={errors.cleanupMinutes?.message}
            unit="分钟"
          />
          <FormField label="预约需审核" htmlFor={id('approval')}>
            <Controller
              name="needsApproval"
              control={control}
              render={({ field }) => (
                <Switch id={id('approval')} checked={field.value} onChange={field.onChange} />
              )}
            />
          </FormField>
          <FormField label="可预约" htmlFor={id('active')}>
            <Controller
              name="active"
              control={control}
              render={({ field }) => (
                <Switch id={id('active')} checked={field.value} onChange={field.onChange} />
              )}
            />
          </FormField>
        </Space>
        <div>
          <Button type="primary" htmlType="submit" loading={busy(isSubmitting)}>
            保存场地
          </Button>
        </div>
      </Form>
    </form>
  );
}
