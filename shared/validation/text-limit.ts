/** What a text field shows about its length (antd Input's `count` option, described structurally). */
export interface TextLimit {
  max: number;
  show(info: { count: number }): string;
}

/**
 * A length limit that never cuts what was typed or pasted (the browser's `maxLength` drops the rest
 * silently): over the limit the field turns red and says, in Chinese, how long the text may be; the
 * form's schema then refuses it with a message at the field.
 *
 * @example
 * textLimit(60).show({ count: 65 }) // => '最多60字，已超5字'
 * textLimit(60).show({ count: 12 }) // => ''
 */
export function textLimit(max: number): TextLimit {
  return {
    max,
    show: ({ count }) => (count > max ? `最多${max}字，已超${count - max}字` : ''),
  };
}
