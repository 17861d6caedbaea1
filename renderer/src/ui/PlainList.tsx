import { Flex, Spin, theme } from 'antd';
import type { Key, ReactNode } from 'react';

interface Props<T> {
  /** `undefined` while loading. */
  items: readonly T[] | undefined;
  itemKey(item: T): Key;
  renderItem(item: T): ReactNode;
  /** What the list says when it has nothing (what to do next, where that applies). */
  emptyText: string;
}

/**
 * A short list in a section, one line per item, as plain <ul>/<li>: antd 6 deprecates its List (the
 * next major removes it). Looks as the small antd List did: 8 × 16 px rows with a rule between them.
 */
export function PlainList<T>({ items, itemKey, renderItem, emptyText }: Props<T>) {
  const { token } = theme.useToken();
  if (items === undefined)
    return (
      <Flex justify="center" style={{ padding: token.padding }}>
        <Spin />
      </Flex>
    );
  if (items.length === 0)
    return (
      <div style={{ padding: token.padding, color: token.colorTextSecondary, textAlign: 'center' }}>
        {emptyText}
      </div>
    );
  const rule = `${token.lineWidth}px ${token.lineType} ${token.colorSplit}`;
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {items.map((item, i) => (
        <li
          key={itemKey(item)}
          style={{
            padding: `${token.paddingContentVerticalSM}px ${token.paddingContentHorizontal}px`,
            borderBlockEnd: i < items.length - 1 ? rule : undefined,
          }}
        >
          {renderItem(item)}
        </li>
      ))}
    </ul>
  );
}
