import { Form } from 'antd';
import type { ReactNode } from 'react';

interface Props {
  label: ReactNode;
  htmlFor?: string;
  error?: string | undefined;
  required?: boolean;
  extra?: ReactNode;
  children: ReactNode;
}

/** A labelled field whose error shows right under it (the field keeps what was typed). */
export function FormField({ label, htmlFor, error, required, extra, children }: Props) {
  return (
    <Form.Item
      label={label}
      htmlFor={htmlFor}
      required={required}
      validateStatus={error ? 'error' : undefined}
      help={error}
      extra={error ? undefined : extra}
      style={{ marginBottom: 14 }}
    >
      {children}
    </Form.Item>
  );
}
