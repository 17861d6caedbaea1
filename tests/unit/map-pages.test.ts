import { describe, expect, it } from 'vitest';
import { collectRows, mapPages } from '../../renderer/src/features/exchange/export/collect-rows';

describe('reading an export page by page', () => {
  it('asks for the next page before mapping the one in hand, and returns every row once in order', async () => {
    const events: string[] = [];
    const data = Array.from({ length: 7 }, (_, i) => i);
    const read = async (after: number | null, size: number) => {
      events.push(`read ${after ?? 'start'}`);
      const from = after === null ? 0 : after + 1;
      const rows = data.slice(from, from + size);
      return { rows, next: rows.length < size ? null : (rows.at(-1) ?? null) };
    };
    const map = (rows: readonly number[]) => {
      events.push(`map ${rows[0] ?? '-'}`);
      return rows.map((n) => n * 10);
    };
    const rows = await collectRows(mapPages(read, map), {
      signal: new AbortController().signal,
      onProgress: () => undefined,
      chunk: 3,
    });
    expect(rows).toEqual([0, 10, 20, 30, 40, 50, 60]);
    expect(events).toEqual(['read start', 'read 2', 'map 0', 'read 5', 'map 3', 'map 6']);
  });
});
