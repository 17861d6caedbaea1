import { Form, Input } from 'antd';
import { Controller, type Control, type FieldErrors, type FieldValues, type Path } from 'react-hook-form';

interface PinPairValues extends FieldValues {
  pin: string;
  pinAgain: string;
}

/**
 * A new PIN typed twice (first 管理员, new staff, PIN reset): one place for the input's kind, length and
 * autofill, so every PIN field behaves the same.
 */
export function PinPairFields<T extends PinPairValues>({
  control,
  errors,
  idPrefix,
  labels,
  hint,
}: {
  control: Control<T>;
  errors: FieldErrors<T>;
  idPrefix: string;
  labels: { pin: string; again: string };
  /** Shown under the first field until it has an error. */
  hint: string;
}) {
  const fields = [
    { name: 'pin', id: `${idPrefix}-pin`, label: labels.pin, extra: hint },
    { name: 'pinAgain', id: `${idPrefix}-again`, label: labels.again, extra: undefined },
  ] as const;
  return (
    <>
      {fields.map(({ name, id, label, extra }) => {
        const error = errors[name]?.message;
        return (
          <Form.Item
            key={name}
            label={label}
            htmlFor={id}
            required
            validateStatus={error ? 'error' : undefined}
            help={typeof error === 'string' ? error : undefined}
            extra={error ? undefined : extra}
          >
            <Controller
              name={name as Path<T>}
              control={control}
              render={({ field }) => (
                <Input.Password
                  {...field}
                  id={id}
                  inputMode="numeric"
                  maxLength={8}
                  autoComplete="new-password"
                />
              )}
            />
          </Form.Item>
        );
      })}
    </>
  );
}
