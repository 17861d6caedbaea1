import { Input, type InputRef } from 'antd';
import { useEffect, useRef } from 'react';
import { FormField } from '../../ui/FormField';

/**
 * Why personal information was changed, kept in the audit log with the before/after. Records are
 * corrected on the volunteer's report after checking (民政部令第67号), so a changed name or ID number
 * must say why; other changes may.
 */
export function EditReasonField({
  id,
  value,
  onChange,
  error,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  error: string | null;
}) {
  const input = useRef<InputRef>(null);
  // A refused save lands the cursor where the missing answer goes.
  useEffect(() => {
    if (error) input.current?.focus();
  }, [error]);
  return (
    <FormField
      label="修改原因"
      htmlFor={id}
      error={error ?? undefined}
      extra="修改姓名或证件号码时必填，记入修改记录"
    >
      <Input
        ref={input}
        id={id}
        value={value}
        maxLength={100}
        placeholder="如：本人申请更正，已核对身份证原件"
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    </FormField>
  );
}
