import { Button, Input, Space } from 'antd';
import { useState } from 'react';
import { maskIdNumber, maskPhone } from '@shared/privacy/mask';

interface Props {
  id: string;
  /** What the field names, for the buttons' accessible names ("更改手机号码"). */
  label: string;
  value: string;
  onChange: (value: string) => void;
  onBlur: () => void;
  /** The stored value; shown masked until staff choose to change it. */
  original: string;
  kind: 'idNumber' | 'phone';
  invalid: boolean;
  placeholder?: string | undefined;
  maxLength: number;
}

/**
 * An ID number or phone in the edit form: the stored value stays masked (editing is not a way round
 * the logged reveal); 更改 empties the field for the new value, 不改 puts the stored one back.
 */
export function MaskedEditInput(props: Props) {
  const { id, label, value, onChange, onBlur, original, kind, invalid, placeholder, maxLength } = props;
  const [changing, setChanging] = useState(false);
  const mask = kind === 'idNumber' ? maskIdNumber : maskPhone;
  if (!changing && original !== '' && value === original)
    return (
      <Space.Compact style={{ width: '100%' }}>
        <Input id={id} value={mask(original)} readOnly className="tabular" />
        <Button
          aria-label={`更改${label}`}
          onClick={() => {
            setChanging(true);
            onChange('');
          }}
        >
          更改
        </Button>
      </Space.Compact>
    );
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Input
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
        autoFocus={changing}
        aria-invalid={invalid ? true : undefined}
        placeholder={placeholder ?? `新的${label}`}
        maxLength={maxLength}
        autoComplete="off"
      />
      {original !== '' && (
        <Button
          aria-label={`不改${label}`}
          onClick={() => {
            setChanging(false);
            onChange(original);
          }}
        >
          不改
        </Button>
      )}
    </Space.Compact>
  );
}
