/**
 * Converts full-width ASCII variants (Ｘ, １, －, the ideographic space) to their half-width forms.
 * Chinese input methods often leave full-width mode on, so pasted numbers arrive this way.
 *
 * @example
 * toHalfWidth('１１０１０５\u3000Ｘ') // => '110105 X'
 */
export function toHalfWidth(raw: string): string {
  let out = '';
  for (const ch of raw) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0xff01 && code <= 0xff5e) {
      out += String.fromCodePoint(code - 0xfee0);
    } else if (code === 0x3000) {
      out += ' ';
    } else {
      out += ch;
    }
  }
  return out;
}
