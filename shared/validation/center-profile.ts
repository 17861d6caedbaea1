import { z } from 'zod';
import { noMarkup, stripBidiControls } from '../text/plain-text';
import { CENTER_LEVELS } from '../model/admin';
import type { CenterProfile } from '../model/admin';
import { isContactPhone } from '../identity/phone';
import { toHalfWidth } from '../text/half-width';

/**
 * Shown when the contact phone is neither a landline with area code nor a mainland mobile.
 *
 * @example
 * parseCenterProfile({ …, phone: '123' }) // => { ok: false, errors: { phone: CONTACT_PHONE_MESSAGE } }
 */
export const CONTACT_PHONE_MESSAGE = '请填写正确的联系电话，如 0591-87654321 或 13812345678';

/**
 * The center's profile as entered at first-run setup and in settings. Strings are trimmed; the phone
 * is also converted to half-width so full-width digits typed with a Chinese IME are accepted.
 *
 * @example
 * centerProfileSchema.parse({ name: ' 鼓楼区新时代文明实践中心 ', level: '中心', address: '福州市鼓楼区五四路 1 号', phone: '0591-87654321' })
 * // => { name: '鼓楼区新时代文明实践中心', level: '中心', … }
 */
export const centerProfileSchema = z.object({
  name: z
    .string({ error: '请填写中心名称' })
    .overwrite(stripBidiControls)
    .trim()
    .min(1, { error: '请填写中心名称', abort: true })
    .min(2, '中心名称至少2个字')
    .max(50, '中心名称不能超过50个字')
    .refine(...noMarkup('中心名称')),
  level: z.enum(CENTER_LEVELS, { error: '请选择级别：中心、所或站' }),
  address: z
    .string({ error: '请填写地址' })
    .trim()
    .min(1, { error: '请填写地址', abort: true })
    .max(100, '地址不能超过100个字'),
  phone: z
    .string({ error: '请填写联系电话' })
    .trim()
    .overwrite(toHalfWidth)
    .min(1, { error: '请填写联系电话', abort: true })
    .refine(isContactPhone, CONTACT_PHONE_MESSAGE),
});

/**
 * The parsed form of {@link centerProfileSchema}; assignable to the stored CenterProfile.
 *
 * @example
 * const profile: CenterProfileInput = centerProfileSchema.parse(formValues);
 */
export type CenterProfileInput = z.infer<typeof centerProfileSchema>;

/**
 * Field name → first error message, for showing next to form fields.
 *
 * @example
 * const errors: FieldErrors = { phone: CONTACT_PHONE_MESSAGE };
 */
export type FieldErrors = Partial<Record<keyof CenterProfile, string>>;

/**
 * Parses unknown input into a CenterProfile, collecting the first Chinese message per field.
 *
 * @example
 * parseCenterProfile({ name: '', level: '中心', address: 'x', phone: '123' })
 * // => { ok: false, errors: { name: '请填写中心名称', phone: '请填写正确的联系电话，…' } }
 */
export function parseCenterProfile(
  input: unknown,
): { ok: true; value: CenterProfile } | { ok: false; errors: FieldErrors } {
  const result = centerProfileSchema.safeParse(input);
  if (result.success) {
    // Assigning here makes the compiler prove the schema's type matches the model.
    const value: CenterProfile = result.data;
    return { ok: true, value };
  }
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (field === 'name' || field === 'level' || field === 'address' || field === 'phone') {
      errors[field] ??= issue.message;
    }
  }
  return { ok: false, errors };
}
