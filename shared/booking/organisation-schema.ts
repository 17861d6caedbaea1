import { z } from 'zod';
import { noMarkup, stripBidiControls } from '../text/plain-text';
import { isContactPhone, normalisePhone } from '../identity/phone';
import { ORGANISATION_TYPES } from '../model/places';

/**
 * An organisation (单位) as typed at the desk, with Chinese messages at each field.
 *
 * @example
 * organisationSchema.parse({ name: '东街街道', type: '党政机关', contactName: '林晓', phone: '0591-87654321', notes: '' })
 */
export const organisationSchema = z.object({
  name: z
    .string()
    .overwrite(stripBidiControls)
    .trim()
    .min(1, '请填写单位名称')
    .max(50, '单位名称不能超过50个字')
    .refine(...noMarkup('单位名称')),
  type: z.enum(ORGANISATION_TYPES, { error: '请选择单位类型' }),
  contactName: z.string().trim().min(1, '请填写联系人').max(20, '联系人不能超过20个字'),
  phone: z
    .string()
    .trim()
    .min(1, { error: '请填写联系电话', abort: true })
    .refine(isContactPhone, '请填写正确的联系电话，如 0591-87654321 或 13812345678')
    .transform(normalisePhone),
  notes: z.string().trim().max(200, '备注不能超过200个字'),
});

/**
 * The organisation form's typed values.
 *
 * @example
 * const blank: OrganisationFormValues = { name: '', type: '社区', contactName: '', phone: '', notes: '' };
 */
export type OrganisationFormValues = z.input<typeof organisationSchema>;
