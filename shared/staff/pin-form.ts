import { z } from 'zod';
import { STAFF_ROLES } from '../model/admin';
import { noMarkup, stripBidiControls } from '../text/plain-text';
import { toHalfWidth } from '../text/half-width';

/**
 * What the PIN fields say about the format, beside the field.
 *
 * @example
 * PIN_RULE // => '4–8 位数字'
 */
export const PIN_RULE = '4–8 位数字';

/**
 * Whether a PIN has the allowed form: 4 to 8 digits.
 *
 * @example
 * isPinFormat('2468') // => true
 * isPinFormat('12a4') // => false
 */
export function isPinFormat(pin: string): boolean {
  return /^\d{4,8}$/.test(pin);
}

const pin = z
  .string()
  .overwrite(toHalfWidth)
  .trim()
  .min(1, { error: '请设置 PIN', abort: true })
  .refine(isPinFormat, `PIN 须为${PIN_RULE}`);

/**
 * A new PIN typed twice (staff added, PIN reset): both must match.
 *
 * @example
 * pinPairSchema.safeParse({ pin: '246810', pinAgain: '246810' }).success // => true
 * pinPairSchema.safeParse({ pin: '246810', pinAgain: '246811' }).success // => false
 */
export const pinPairSchema = z
  .object({ pin, pinAgain: z.string().overwrite(toHalfWidth).trim() })
  .refine((v) => v.pin === v.pinAgain, { error: '两次输入的 PIN 不一致', path: ['pinAgain'] });

const name = z
  .string()
  .overwrite(stripBidiControls)
  .trim()
  .min(1, { error: '请填写姓名', abort: true })
  .max(20, '姓名不能超过20个字')
  .refine(...noMarkup('姓名'));

/**
 * A staff member as entered in 人员与权限 or at first run (there the role is always 管理员).
 *
 * @example
 * staffFormSchema.parse({ name: ' 张三 ', role: '前台', pin: '1234', pinAgain: '1234' }).name // => '张三'
 */
export const staffFormSchema = z
  .object({
    name,
    role: z.enum(STAFF_ROLES, { error: '请选择角色' }),
    pin,
    pinAgain: z.string().overwrite(toHalfWidth).trim(),
  })
  .refine((v) => v.pin === v.pinAgain, { error: '两次输入的 PIN 不一致', path: ['pinAgain'] });

/** A parsed staff form. */
export type StaffForm = z.output<typeof staffFormSchema>;
