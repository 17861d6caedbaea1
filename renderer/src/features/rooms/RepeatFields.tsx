import { Checkbox, DatePicker, InputNumber, Radio, Space, Switch } from 'antd';
import dayjs from 'dayjs';
import { useId } from 'react';
import { Controller, useWatch, type Control, type FieldErrors } from 'react-hook-form';
import type { BookingFormValues, BookingInput } from '@shared/booking/form-schema';
import { FormField } from '../../ui/FormField';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0].map((d) => ({ value: d, label: `周${'日一二三四五六'[d]}` }));

interface Props {
  control: Control<BookingFormValues, unknown, BookingInput>;
  errors: FieldErrors<BookingFormValues>;
  maxOccurrences: number;
}

/** Repeat rule: daily, weekly on chosen days, monthly by date or nth weekday; until a date or a count. */
export function RepeatFields({ control, errors, maxOccurrences }: Props) {
  const uid = useId();
  const id = (name: string) => `${uid}-${name}`;
  const repeat = useWatch({ control, name: 'repeat' });
  const e = errors.repeat;
  return (
    <>
      <FormField label="重复预约" htmlFor={id('enabled')}>
        <Controller
          name="repeat.enabled"
          control={control}
          render={({ field }) => (
            <Switch id={id('enabled')} checked={field.value} onChange={field.onChange} />
          )}
        />
      </FormField>
      {repeat.enabled && (
        <div style={{ paddingInlineStart: 12, borderInlineStart: '3px solid #f0f0f0', marginBottom: 12 }}>
          <Space align="start" wrap size={12}>
            <FormField label={<span id={id('freq-label')}>重复方式</span>} htmlFor={id('freq')}>
              <Controller
                name="repeat.freq"
                control={control}
                render={({ field }) => (
                  <Radio.Group
                    id={id('freq')}
                    aria-labelledby={id('freq-label')}
                    value={field.value}
                    onChange={(ev) => field.onChange(ev.target.value)}
                    options={[
                      { value: 'DAILY', label: '每天' },
                      { value: 'WEEKLY', label: '每周' },
                      { value: 'MONTHLY', label: '每月' },
                    ]}
                  />
                )}
              />
            </FormField>
            <FormField label="间隔" htmlFor={id('interval')} error={e?.interval?.message}>
              <Controller
                name="repeat.interval"
                control={control}
                render={({ field }) => (
                  <InputNumber
                    id={id('interval')}
                    value={field.value}
                    onChange={(v) => field.onChange(v ?? 1)}
                    min={1}
                    max={12}
                    precision={0}
                    style={{ width: 80 }}
                  />
                )}
              />
            </FormField>
          </Space>
          {repeat.freq === 'WEEKLY' && (
            <FormField
              label={<span id={id('weekdays-label')}>星期</span>}
              htmlFor={id('weekdays')}
              error={e?.weekdays?.message}
            >
              <Controller
                name="repeat.weekdays"
                control={control}
                render={({ field }) => (
                  <div id={id('weekdays')} role="group" aria-labelledby={id('weekdays-label')}>
                    <Checkbox.Group value={field.value} onChange={field.onChange} options={WEEKDAYS} />
                  </div>
                )}
              />
            </FormField>
          )}
          {repeat.freq === 'MONTHLY' && (
            <FormField label={<span id={id('monthly-label')}>每月的</span>} htmlFor={id('monthly')}>
              <Controller
                name="repeat.monthlyKind"
                control={control}
                render={({ field }) => (
                  <Radio.Group
                    id={id('monthly')}
                    aria-labelledby={id('monthly-label')}
                    value={field.value}
                    onChange={(ev) => field.onChange(ev.target.value)}
                    options={[
                      { value: 'day', label: '同一日期' },
                      { value: 'nth', label: '同一个第几周星期几' },
                    ]}
                  />
                )}
              />
            </FormField>
          )}
          <Space align="start" wrap size={12}>
            <FormField label={<span id={id('end-label')}>结束于</span>} htmlFor={id('endKind')}>
              <Controller
                name="repeat.endKind"
                control={control}
                render={({ field }) => (
                  <Radio.Group
                    id={id('endKind')}
                    aria-labelledby={id('end-label')}
                    value={field.value}
                    onChange={(ev) => field.onChange(ev.target.value)}
                    options={[
                      { value: 'count', label: '次数' },
                      { value: 'until', label: '日期' },
                    ]}
                  />
                )}
              />
            </FormField>
            {repeat.endKind === 'count' ? (
              <FormField
                label="重复次数"
                htmlFor={id('count')}
                error={e?.count?.message}
                extra={`最多 ${maxOccurrences} 次`}
              >
                <Controller
                  name="repeat.count"
                  control={control}
                  render={({ field }) => (
                    <InputNumber
                      id={id('count')}
                      value={field.value}
                      onChange={(v) => field.onChange(v ?? Number.NaN)}
                      min={2}
                      precision={0}
                      style={{ width: 90 }}
                    />
                  )}
                />
              </FormField>
            ) : (
              <FormField label="结束日期" htmlFor={id('until')} error={e?.until?.message}>
                <Controller
                  name="repeat.until"
                  control={control}
                  render={({ field }) => (
                    <DatePicker
                      id={id('until')}
                      value={field.value ? dayjs(field.value) : null}
                      format={['YYYY-MM-DD', 'YYYYMMDD']}
                      onChange={(d) => field.onChange(d ? d.format('YYYY-MM-DD') : '')}
                    />
                  )}
                />
              </FormField>
            )}
          </Space>
        </div>
      )}
    </>
  );
}
