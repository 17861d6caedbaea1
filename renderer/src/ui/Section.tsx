import { Card } from 'antd';
import { useId, type ReactNode } from 'react';

interface Props {
  title: string;
  /** Controls shown at the right of the title (filters, counts). */
  extra?: ReactNode;
  children: ReactNode;
  /** Tables sit flush with the card edges. */
  flush?: boolean;
}

/**
 * A titled block of a screen. The title is a real <h2> (the screen's <h1> is in the header), so the
 * page has a heading outline a screen reader and the e2e tests can navigate.
 */
export function Section({ title, extra, children, flush = false }: Props) {
  const id = useId();
  return (
    <Card
      role="region"
      aria-labelledby={id}
      title={
        <h2 id={id} className="desk-section-title">
          {title}
        </h2>
      }
      extra={extra}
      styles={flush ? { body: { padding: 0 } } : undefined}
    >
      {children}
    </Card>
  );
}
