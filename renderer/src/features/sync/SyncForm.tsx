import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Form, Input } from 'antd';
import { useId, useMemo } from 'react';
import { Controller, useForm, type Control } from 'react-hook-form';
import type { z } from 'zod';
import type { SyncCenter } from '@shared/model';
import { syncFormSchema, type SyncForm as SyncFormValues } from '@shared/sync/sync-settings';
import { busy } from '../../ui/busy';
import { FormField } from '../../ui/FormField';

type FormInput = z.input<ReturnType<typeof syncFormSchema>>;

interface Props {
  center: SyncCenter | null;
  passwordSaved: boolean;
  /**
   * Saves and connects; resolves false when saving failed (the form then keeps what was typed), or a
   * field's message when the center refused that field's value (shown at the field, which takes focus).
   */
  onSubmit: (form: SyncFormValues) => Promise<boolean | FieldRefusal>;
}

/** A value the center refused, e.g. a 本机代号 another desk holds. */
export interface FieldRefusal {
  field: keyof SyncFormValues;
  message: string;
}

interface FieldSpec {
  name: keyof FormInput;
  label: string;
  placeholder: string;
  extra?: string;
  password?: boolean;
  required: boolean;
}

/** The form's fields, in order; the password's wording depends on whether one is saved. */
const fields = (passwordSaved: boolean): FieldSpec[] => [
  {
    name: 'url',
    label: '中心地址',
    placeholder: '如：http://192.168.1.10:5984/center-gulou',
    extra: '中心服务器上本中心数据库的地址，由中心的管理员提供',
    required: true,
  },
  {
    name: 'deskName',
    label: '本机名称',
    placeholder: '如：前台、办公室',
    extra: '在同步冲突等处用来区分是哪台电脑改的',
    required: true,
  },
  {
    name: 'deskCode',
    label: '本机代号',
    placeholder: '如：A',
    extra:
      '一个英文字母，同一中心每台电脑不同；本机新开的预约、服务单、证书和志愿者编号里带上它，各台电脑的编号就不会重复',
    required: true,
  },
  { name: 'username', label: '账号', placeholder: '如：gulou-qianta', required: true },
  {
    name: 'password',
    label: '密码',
    placeholder: passwordSaved ? '已保存，不修改请留空' : '中心给本机账号的密码',
    extra: '密码只保存在这台电脑上，并加密保存',
    password: true,
    required: !passwordSaved,
  },
];

/** One labelled text field of the form; its error shows under it and what was typed stays. */
function Field({
  spec: { name, label, placeholder, extra, password, required },
  control,
  error,
}: {
  spec: FieldSpec;
  control: Control<FormInput, unknown, SyncFormValues>;
  error: string | undefined;
}) {
  const id = `${useId()}-${name}`;
  const Text = password ? Input.Password : Input;
  return (
    <FormField label={label} htmlFor={id} error={error} required={required} extra={extra}>
      <Controller
        name={name}
        control={control}
        render={({ field }) => (
          <Text
            {...field}
            id={id}
            aria-invalid={error ? true : undefined}
            placeholder={placeholder}
            autoComplete={password ? 'new-password' : 'off'}
          />
        )}
      />
    </FormField>
  );
}

/**
 * The center's address, this desk's name and its account. The saved password is never shown back: left
 * empty, it is kept.
 */
export function SyncForm({ center, passwordSaved, onSubmit }: Props) {
  const schema = useMemo(() => syncFormSchema(passwordSaved), [passwordSaved]);
  const {
    control,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<FormInput, unknown, SyncFormValues>({
    resolver: zodResolver(schema),
    defaultValues: { url: '', deskName: '', deskCode: '', username: '', ...center, password: '' },
  });

  const submit = handleSubmit(async (form) => {
    const outcome = await onSubmit(form);
    if (outcome === true) reset({ ...form, password: '' });
    else if (outcome) setError(outcome.field, { message: outcome.message }, { shouldFocus: true });
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="同步设置">
      <Form component={false} layout="vertical" requiredMark>
        {fields(passwordSaved).map((spec) => (
          <Field key={spec.name} spec={spec} control={control} error={errors[spec.name]?.message} />
        ))}
        <Button type="primary" htmlType="submit" loading={busy(isSubmitting)}>
          保存并连接
        </Button>
      </Form>
    </form>
  );
}
