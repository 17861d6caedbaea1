import type { Packed, ServedTally } from './daily-totals';

// Rows written since schema v10 start with this mark; rows without it are the v7 format
// (`id\tcount\tparty\tYYYY-MM-DD` lines), still read so an interrupted upgrade or an old backup loses nothing.
const MARK = '\u0002';
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Map([...DIGITS].map((c, i) => [c, i]));
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * A volunteer id as written in a packed line: a lowercase UUID's 128 bits in 22 characters of a
 * URL-safe base-64 alphabet, any other id as `~` and the id itself (tests, imported ids).
 *
 * @example
 * shortId('v1') // => '~v1'
 * shortId('00000000-0000-0000-0000-000000000001').length // => 22
 */
export function shortId(id: string): string {
  if (!UUID.test(id)) return `~${id}`;
  const hex = id.replaceAll('-', '');
  let out = '';
  // Three hex digits (12 bits) become two characters; the last two digits (8 bits) two more.
  for (let i = 0; i < 30; i += 3) {
    const n = parseInt(hex.slice(i, i + 3), 16);
    out += (DIGITS[n >> 6] ?? '') + (DIGITS[n & 63] ?? '');
  }
  const tail = parseInt(hex.slice(30), 16);
  return out + (DIGITS[tail >> 6] ?? '') + (DIGITS[tail & 63] ?? '');
}

/**
 * The id a {@link shortId} stands for.
 *
 * @example
 * longId('~v1') // => 'v1'
 * longId(shortId('0b8e6a52-4c1d-4f3e-9a7b-1c2d3e4f5a6b')) // => '0b8e6a52-4c1d-4f3e-9a7b-1c2d3e4f5a6b'
 */
export function longId(short: string): string {
  if (short.startsWith('~')) return short.slice(1);
  let hex = '';
  for (let i = 0; i < 22; i += 2) {
    const n = ((VALUE.get(short[i] ?? '') ?? 0) << 6) | (VALUE.get(short[i + 1] ?? '') ?? 0);
    hex += n.toString(16).padStart(i < 20 ? 3 : 2, '0');
  }
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const compactBirth = (birth: string | null) => (birth === null ? '' : birth.replaceAll('-', ''));
const fullBirth = (b: string) => (b === '' ? null : `${b.slice(0, 4)}-${b.slice(4, 6)}-${b.slice(6, 8)}`);

/**
 * A day or month row of who served, packed for storage (see {@link Packed}): a mark, then one line per
 * volunteer, `shortId \t count \t party` and the birth date as YYYYMMDD right after the party digit.
 *
 * @example
 * packServed({ id: '2026-11-02|*', day: '2026-11-02', scope: '*', volunteers: { v1: [1, 1, '1990-01-01'] } }).volunteers // => '\u0002~v1\t1\t119900101'
 */
export function packServed<T extends { volunteers: ServedTally }>(row: T): Packed<T> {
  const lines: string[] = [];
  for (const [vid, [count, party, birth]] of Object.entries(row.volunteers)) {
    lines.push(`${shortId(vid)}\t${count}\t${party}${compactBirth(birth)}`);
  }
  return { ...row, volunteers: MARK + lines.join('\n') };
}

/** Calls `line` with each line's fields as slices of `text`, in either stored format. */
function eachLine(
  text: string,
  line: (key: string, count: number, party: 0 | 1, birth: () => string | null) => void,
): void {
  const compact = text.startsWith(MARK);
  let at = compact ? 1 : 0;
  while (at < text.length) {
    const lineEnd = text.indexOf('\n', at);
    const end = lineEnd < 0 ? text.length : lineEnd;
    const tab1 = text.indexOf('\t', at);
    const tab2 = text.indexOf('\t', tab1 + 1);
    const party = text.charCodeAt(tab2 + 1) === 49 ? 1 : 0;
    // Old lines get the same key as new ones, so one person in rows of both formats counts once.
    const key = compact ? text.slice(at, tab1) : shortId(text.slice(at, tab1));
    const birthAt = compact ? tab2 + 2 : text.indexOf('\t', tab2 + 1) + 1;
    line(key, Number(text.slice(tab1 + 1, tab2)), party, () =>
      birthAt < end ? (compact ? fullBirth(text.slice(birthAt, end)) : text.slice(birthAt, end)) : null,
    );
    at = end + 1;
  }
}

/**
 * A stored row of who served, unpacked (see {@link Packed}); reads rows of either stored format.
 *
 * @example
 * unpackServed({ id: '2026-11|*', month: '2026-11', scope: '*', volunteers: '\u0002~v1\t3\t0' }).volunteers // => { v1: [3, 0, null] }
 * unpackServed({ id: '2026-11|*', month: '2026-11', scope: '*', volunteers: 'v1\t3\t0\t' }).volunteers // => { v1: [3, 0, null] }
 */
export function unpackServed<T extends { volunteers: ServedTally }>(row: Packed<T>): T {
  const volunteers: ServedTally = {};
  eachLine(row.volunteers, (key, count, party, birth) => {
    volunteers[longId(key)] = [count, party, birth()];
  });
  return { ...row, volunteers } as unknown as T;
}

/**
 * Who served at all in packed rows of one scope, read straight from the packed strings (no row is
 * unpacked): each volunteer once, with a positive count, party membership and birth date from the first
 * row that has them. A year's twelve month rows hold ~220,000 lines for ~20,000 people, so a line
 * already seen is skipped by its short key, and only the people kept get their ids written out.
 *
 * @example
 * firstServed(['v1\t2\t1\t1990-01-01\nv2\t0\t0\t', '\u0002~v1\t1\t0\n~v3\t1\t0']) // => { v1: [2, 1, '1990-01-01'], v3: [1, 0, null] }
 */
export function firstServed(packed: readonly string[]): ServedTally {
  const byKey = new Map<string, ServedTally[string]>();
  for (const text of packed) {
    eachLine(text, (key, count, party, birth) => {
      if (count > 0 && !byKey.has(key)) byKey.set(key, [count, party, birth()]);
    });
  }
  const out: ServedTally = {};
  for (const [key, entry] of byKey) out[longId(key)] = entry;
  return out;
}
