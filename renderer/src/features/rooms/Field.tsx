import { Form } from 'antd';
import type { ReactNode } from 'react';

interface Props {
  label: ReactNode;
  /** The id of the control the label points at. */
  id: string;
  error?: string | undefined;
  required?: boolean;
  extra?: ReactNode;
  children: ReactNode;
}

/** A labelled form row whose error message sits right under its control. */
export function Field({ label, id, error, required, extra, children }: Props) {
  return (
    <Form.Item
      label={label}
      htmlFor={id}
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
