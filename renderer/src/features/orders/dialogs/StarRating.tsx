import { theme } from 'antd';
import { useRef, type KeyboardEvent } from 'react';

const LABELS = ['很不满意', '不满意', '一般', '满意', '很满意'];

interface Props {
  id: string;
  label: string;
  value: number;
  onChange(value: number): void;
}

/**
 * 1–5 stars as a radio group: each star is named (“4 星 满意”), arrow keys move and choose, one tab stop.
 * antd's Rate leaves its stars unnamed, which a screen reader reads as five blank radios.
 */
export function StarRating({ id, label, value, onChange }: Props) {
  const { token } = theme.useToken();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const move = (e: KeyboardEvent, from: number) => {
    const step =
      e.key === 'ArrowRight' || e.key === 'ArrowUp'
        ? 1
        : e.key === 'ArrowLeft' || e.key === 'ArrowDown'
          ? -1
          : 0;
    if (!step) return;
    e.preventDefault();
    const next = Math.min(5, Math.max(1, from + step));
    onChange(next);
    refs.current[next - 1]?.focus();
  };
  return (
    <div
      id={id}
      role="radiogroup"
      aria-label={label}
      style={{ display: 'flex', gap: 4, alignItems: 'center' }}
    >
      {[1, 2, 3, 4, 5].map((n) => (
        <button
          key={n}
          ref={(el) => {
            refs.current[n - 1] = el;
          }}
          type="button"
          role="radio"
          aria-checked={value === n}
          aria-label={`${n} 星 ${LABELS[n - 1] ?? ''}`}
          tabIndex={value === n || (value === 0 && n === 1) ? 0 : -1}
          onClick={() => onChange(n)}
          onKeyDown={(e) => move(e, value || n)}
          style={{
            fontSize: 26,
            lineHeight: 1,
            padding: 2,
            border: 'none',
            background: 'none',
            cursor: 'pointer',
            color: n <= value ? token.colorWarning : token.colorTextQuaternary,
          }}
        >
          ★
        </button>
      ))}
      <span style={{ marginInlineStart: 8, color: token.colorTextSecondary }}>
        {value ? `${value} 星 ${LABELS[value - 1] ?? ''}` : '请选择'}
      </span>
    </div>
  );
}
