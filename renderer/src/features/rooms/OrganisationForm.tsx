import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Form, Input, Select } from 'antd';
import { useId } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { organisationSchema, type OrganisationFormValues } from '@shared/booking/organisation-schema';
import { ORGANISATION_TYPES, type Organisation } from '@shared/model';
import { useRepos } from '../../app/desk-context';
import { useWrite } from '../../app/use-write';
import { FormField } from '../../ui/FormField';
import { busy } from '../../ui/busy';
import { textLimit } from '@shared/validation/text-limit';

interface Props {
  initial: Organisation | null;
  onSaved(org: Organisation): void;
}

/** Create or edit a unit (单位). */
export function OrganisationForm({ initial, onSaved }: Props) {
  const repos = useRepos();
  const write = useWrite();
  const uid = useId();
  const id = (n: string) => `${uid}-${n}`;
  const {
    control,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<OrganisationFormValues, unknown, OrganisationFormValues>({
    resolver: zodResolver(organisationSchema),
    defaultValues: initial
      ? {
          name: initial.name,
          type: initial.type,
          contactName: initial.contactName,
          phone: initial.phone,
          notes: initial.notes,
        }
      : { name: '', type: '社区', contactName: '', phone: '', notes: '' },
  });
  const submit = handleSubmit(async (values) => {
    let saved: Organisation | null = null;
    const parsed = organisationSchema.parse(values);
    await write(async () => {
      saved = await repos.organisations.save(parsed, initial?.id ?? null);
    });
    if (saved) onSaved(saved);
  });
  return (
    <form
      onSubmit={(e) => {
        // The form can sit inside the booking form: keep its submit from reaching the outer one.
        e.stopPropagation();
        void submit(e);
      }}
      noValidate
      aria-label="单位信息"
    >
      <Form component={false} layout="vertical" requiredMark>
        <FormField label="单位名称" htmlFor={id('name')} error={errors.name?.message} required>
          <Controller
            name="name"
            control={control}
            render={({ field }) => <Input {...field} id={id('name')} count={textLimit(50)} />}
          />
        </FormField>
        <FormField label="单位类型" htmlFor={id('type')} error={errors.type?.message} required>
          <Controller
            name="type"
            control={control}
            render={({ field }) => (
              <Select
                id={id('type')}
                value={field.value}
                onChange={field.onChange}
                options={ORGANISATION_TYPES.map((t) => ({ value: t, label: t }))}
              />
            )}
          />
        </FormField>
        <FormField label="联系人" htmlFor={id('contact')} error={errors.contactName?.message} required>
          <Controller
            name="contactName"
            control={control}
            render={({ field }) => <Input {...field} id={id('contact')} count={textLimit(20)} />}
          />
        </FormField>
        <FormField label="联系电话" htmlFor={id('phone')} error={errors.phone?.message} required>
          <Controller
            name="phone"
            control={control}
            render={({ field }) => <Input {...field} id={id('phone')} type="tel" count={textLimit(20)} />}
          />
        </FormField>
        <FormField label="备注" htmlFor={id('notes')} error={errors.notes?.message}>
          <Controller
            name="notes"
            control={control}
            render={({ field }) => (
              <Input.TextArea {...field} id={id('notes')} rows={2} count={textLimit(200)} />
            )}
          />
        </FormField>
        <Button type="primary" htmlType="submit" loading={busy(isSubmitting)}>
          保存单位
        </Button>
      </Form>
    </form>
  );
}
