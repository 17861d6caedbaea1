import './print.css';
import type { CSSProperties, ReactNode } from 'react';

/** One sheet of paper: exact size in mm; content is placed in mm from its top-left corner. */
export function PrintPage({
  widthMm,
  heightMm,
  children,
  style,
  label,
}: {
  widthMm: number;
  heightMm: number;
  children: ReactNode;
  style?: CSSProperties;
  label?: string;
}) {
  return (
    <section
      className="print-page"
      aria-label={label}
      style={{ width: `${widthMm}mm`, height: `${heightMm}mm`, ...style }}
    >
      {children}
    </section>
  );
}
