/**
 * Unicode's explicit direction controls (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI, LRM, RLM, ALM).
 * Chinese text never needs them, and one U+202E made 福州第十九中学 display reversed on screen and in print.
 */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const HAS_BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/**
 * Removes direction-control characters, so stored text displays as typed everywhere.
 *
 * @example
 * stripBidiControls('\u202e福州第十九中学') // => '福州第十九中学'
 */
export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/**
 * The value with direction controls removed from every string in it, at any depth; the very same value
 * (no copy) when it has none, which is nearly always, so bulk imports pay almost nothing. Images (data:
 * URLs) and non-plain objects pass through unchanged.
 *
 * @example
 * withoutBidiControls({ name: '\u202e张三', tags: ['\u2066a'], n: 1 }) // => { name: '张三', tags: ['a'], n: 1 }
 */
export function withoutBidiControls<T>(value: T): T {
  if (typeof value === 'string') {
    return (
      !value.startsWith('data:') && HAS_BIDI_CONTROL.test(value) ? stripBidiControls(value) : value
    ) as T;
  }
  if (Array.isArray(value)) {
    const items: unknown[] = value;
    const cleaned = items.map((v) => withoutBidiControls(v));
    return (cleaned.some((v, i) => v !== items[i]) ? cleaned : value) as T;
  }
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const fields = value as Record<string, unknown>;
    let out: Record<string, unknown> | null = null;
    for (const [k, v] of Object.entries(fields)) {
      const c = withoutBidiControls(v);
      if (c !== v) (out ??= { ...fields })[k] = c;
    }
    return (out ?? value) as T;
  }
  return value;
}

/**
 * Why a name or title that will be printed on certificates and lists is refused: markup-like input
 * (angle brackets, or an HTML entity) has no place in a person's or a unit's name. Null when fine.
 *
 * @example
 * markupProblem('姓名', '张三') // => null
 * markupProblem('姓名', '<b>张三</b>') // => '姓名不能包含 < > 或 &…; 等标记符号'
 */
export function markupProblem(label: string, text: string): string | null {
  return /[<>]|&[#a-z0-9]+;/i.test(text) ? `${label}不能包含 < > 或 &…; 等标记符号` : null;
}

/**
 * The zod refinement every name and title field ends with: refuses markup-like input at the field.
 *
 * @example
 * z.string().trim().refine(...noMarkup('姓名'))
 */
export function noMarkup(label: string): [(text: string) => boolean, { error: string }] {
  return [(text) => markupProblem(label, text) === null, { error: `${label}不能包含 < > 或 &…; 等标记符号` }];
}
