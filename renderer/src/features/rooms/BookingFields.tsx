import { App, Button, Checkbox, DatePicker, Input, InputNumber, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useId, useRef, type ReactNode } from 'react';
import {
  Controller,
  type Control,
  type FieldErrors,
  type UseFormGetValues,
  type UseFormSetValue,
} from 'react-hook-form';
import type { BookingFormValues, BookingInput } from '@shared/booking/form-schema';
import { BOOKING_CATEGORIES, type Organisation, type Room } from '@shared/model';
import { formatMinutes } from '@shared/time/center-time';
import { FormField } from '../../ui/FormField';
import { textLimit } from '@shared/validation/text-limit';

interface Props {
  control: Control<BookingFormValues, unknown, BookingInput>;
  errors: FieldErrors<BookingFormValues>;
  setValue: UseFormSetValue<BookingFormValues>;
  getValues: UseFormGetValues<BookingFormValues>;
  rooms: Room[];
  organisations: Organisation[];
  room: Room | undefined;
  /** Shown only when the time is in the past. */
  showBackfill: boolean;
  walkIn: boolean;
  onNewOrganisation(): void;
  /** Shown right under the times, so a conflict appears where the time was typed. */
  afterTimes?: ReactNode;
}

/** The booking form's fields: where and when, what, who. */
export function BookingFields(props: Props) {
  const { control, errors, setValue, getValues, rooms, organisations, room, showBackfill, walkIn } = props;
  const { modal } = App.useApp();
  const uid = useId();
  const id = (name: string) => `${uid}-${name}`;
  const pickOrganisation = (orgId: string | null) => {
    setValue('organisationId', orgId);
    const org = organisations.find((o) => o.id === orgId);
    if (org) {
      setValue('contactName', org.contactName, { shouldValidate: !!errors.contactName });
      setValue('phone', org.phone, { shouldValidate: !!errors.phone });
    }
  };
  // The times the form itself put in (opened with, or a preset): anything else was typed by the person.
  const placed = useRef({ start: getValues('startTime'), end: getValues('endTime') });
  const setTimes = (from: number, to: number) => {
    const start = formatMinutes(from);
    const end = formatMinutes(to);
    placed.current = { start, end };
    setValue('startTime', start, { shouldValidate: true, shouldDirty: true });
    setValue('endTime', end, { shouldValidate: true, shouldDirty: true });
  };
  // A preset never silently replaces typed times: it asks first.
  const pickSession = (name: string, from: number, to: number) => {
    const start = getValues('startTime').trim();
    const end = getValues('endTime').trim();
    const typed =
      (start !== '' && start !== placed.current.start) || (end !== '' && end !== placed.current.end);
    if (!typed || (start === formatMinutes(from) && end === formatMinutes(to))) {
      setTimes(from, to);
      return;
    }
    modal.confirm({
      title: `改为${name} ${formatMinutes(from)}–${formatMinutes(to)}？`,
      content: `已填写的时间 ${start || '—'}–${end || '—'} 将被替换。`,
      okText: '替换',
      cancelText: '保留已填写的时间',
      onOk: () => setTimes(from, to),
    });
  };
  return (
    <>
      <FormField label="场地" htmlFor={id('room')} error={errors.roomId?.message} required>
        <Controller
          name="roomId"
          control={control}
          render={({ field }) => (
            <Select
              id={id('room')}
              ref={field.ref}
              value={field.value || undefined}
              onChange={field.onChange}
              onBlur={field.onBlur}
              disabled={walkIn}
              placeholder="选择场地"
              showSearch={{ optionFilterProp: 'label' }}
              options={rooms
                .filter((r) => r.active)
                .map((r) => ({ value: r.id, label: `${r.name}（${r.capacity}人）` }))}
            />
          )}
        />
      </FormField>
      <Space align="start" wrap size={12}>
        <FormField label="日期" htmlFor={id('date')} error={errors.date?.message} required>
          <Controller
            name="date"
            control={control}
            render={({ field }) => (
              <DatePicker
                id={id('date')}
                allowClear={false}
                disabled={walkIn}
                value={field.value ? dayjs(field.value) : null}
                format={['YYYY-MM-DD', 'YYYYMMDD']}
                onChange={(d) => field.onChange(d ? d.format('YYYY-MM-DD') : '')}
                style={{ width: 150 }}
              />
            )}
          />
        </FormField>
        <FormField label="开始时间" htmlFor={id('start')} error={errors.startTime?.message} required>
          <Controller
            name="startTime"
            control={control}
            render={({ field }) => (
              <Input
                {...field}
                id={id('start')}
                placeholder="09:00"
                disabled={walkIn}
                style={{ width: 100 }}
                autoComplete="off"
              />
            )}
          />
        </FormField>
        <FormField label="结束时间" htmlFor={id('end')} error={errors.endTime?.message} required>
          <Controller
            name="endTime"
            control={control}
            render={({ field }) => (
              <Input
                {...field}
                id={id('end')}
                placeholder="11:00"
                style={{ width: 100 }}
                autoComplete="off"
              />
            )}
          />
        </FormField>
      </Space>
      {room && room.sessions.length > 0 && !walkIn && (
        <Space size={6} style={{ marginBottom: 14 }} wrap>
          <span>时段：</span>
          {/* Mouse shortcuts only: out of the Tab order, so Tab goes from the times to the next field. */}
          {room.sessions.map((s) => (
            <Button
              key={s.name}
              size="small"
              tabIndex={-1}
              onClick={() => pickSession(s.name, s.startMinute, s.endMinute)}
            >
              {s.name} {formatMinutes(s.startMinute)}–{formatMinutes(s.endMinute)}
            </Button>
          ))}
        </Space>
      )}
      {props.afterTimes}
      {showBackfill && (
        <FormField
          label="补录原因"
          htmlFor={id('backfill')}
          error={errors.backfillReason?.message}
          required
          extra="开始时间已过，仅用于补录已发生的使用记录"
        >
          <Controller
            name="backfillReason"
            control={control}
            render={({ field }) => (
              <Input
                {...field}
                id={id('backfill')}
                count={textLimit(100)}
                placeholder="如：当天电话预约，事后补登"
              />
            )}
          />
        </FormField>
      )}
      <FormField label="活动名称" htmlFor={id('title')} error={errors.title?.message} required>
        <Controller
          name="title"
          control={control}
          render={({ field }) => (
            <Input {...field} id={id('title')} count={textLimit(60)} placeholder="如：民法典进社区专题讲座" />
          )}
        />
      </FormField>
      <Space align="start" wrap size={12}>
        <FormField label="活动类别" htmlFor={id('category')} error={errors.category?.message} required>
          <Controller
            name="category"
            control={control}
            render={({ field }) => (
              <Select
                id={id('category')}
                value={field.value}
                onChange={field.onChange}
                showSearch={{ optionFilterProp: 'label' }}
                style={{ width: 140 }}
                options={BOOKING_CATEGORIES.map((c) => ({ value: c, label: c }))}
              />
            )}
          />
        </FormField>
        <FormField
          label="预计人数"
          htmlFor={id('expected')}
          error={errors.expectedAttendees?.message}
          required
        >
          <Controller
            name="expectedAttendees"
            control={control}
            render={({ field }) => (
              <InputNumber
                id={id('expected')}
                value={field.value}
                onChange={(v) => field.onChange(v ?? Number.NaN)}
                min={1}
                precision={0}
                style={{ width: 110 }}
              />
            )}
          />
        </FormField>
      </Space>
      <FormField
        label="预约单位"
        htmlFor={id('org')}
        error={errors.organisationId?.message}
        extra="个人预约可不选单位"
      >
        <Space.Compact style={{ width: '100%' }}>
          <Controller
            name="organisationId"
            control={control}
            render={({ field }) => (
              <Select
                id={id('org')}
                value={field.value ?? undefined}
                onChange={(v: string | undefined) => pickOrganisation(v ?? null)}
                allowClear
                placeholder="输入名称查找"
                showSearch={{ optionFilterProp: 'label' }}
                options={organisations.map((o) => ({ value: o.id, label: o.name }))}
                style={{ flex: 1 }}
              />
            )}
          />
          <Button onClick={props.onNewOrganisation}>新建单位</Button>
        </Space.Compact>
      </FormField>
      <Space align="start" wrap size={12}>
        <FormField label="联系人" htmlFor={id('contact')} error={errors.contactName?.message} required>
          <Controller
            name="contactName"
            control={control}
            render={({ field }) => (
              <Input {...field} id={id('contact')} count={textLimit(20)} style={{ width: 140 }} />
            )}
          />
        </FormField>
        <FormField label="联系电话" htmlFor={id('phone')} error={errors.phone?.message} required>
          <Controller
            name="phone"
            control={control}
            render={({ field }) => (
              <Input {...field} id={id('phone')} type="tel" count={textLimit(20)} style={{ width: 200 }} />
            )}
          />
        </FormField>
      </Space>
      {room && room.equipment.length > 0 && (
        <FormField label={<span id={id('equipment-label')}>所需设备</span>} htmlFor={id('equipment')}>
          <Controller
            name="equipment"
            control={control}
            render={({ field }) => (
              <div id={id('equipment')} role="group" aria-labelledby={id('equipment-label')}>
                <Checkbox.Group
                  value={field.value}
                  onChange={field.onChange}
                  options={room.equipment.map((e) => ({ value: e, label: e }))}
                />
              </div>
            )}
          />
        </FormField>
      )}
      <FormField label="备注" htmlFor={id('notes')} error={errors.notes?.message}>
        <Controller
          name="notes"
          control={control}
          render={({ field }) => (
            <Input.TextArea {...field} id={id('notes')} rows={2} count={textLimit(500)} />
          )}
        />
      </FormField>
    </>
  );
}
