import { z } from 'zod';
import { syncCredentialSchema } from '../ipc/contract';
import type { SyncCenter } from '../model/admin';
import { toHalfWidth } from '../text/half-width';
import { noMarkup, stripBidiControls } from '../text/plain-text';

/** Shown when the center's address is not an http(s) address of a database. */
export const CENTER_URL_MESSAGE =
  '请填写中心数据库的地址，以 http:// 或 https:// 开头，如 http://192.168.1.10:5984/center-gulou';

/**
 * An http(s) address with a host and a database path, and no account in it (the account travels in a
 * header: an address with `user:password@` would land in logs and error messages).
 *
 * @example
 * isCenterUrl('http://192.168.1.10:5984/center-gulou') // => true
 * isCenterUrl('http://192.168.1.10:5984') // => false (no database)
 * isCenterUrl('http://qianta:pw@192.168.1.10:5984/center-gulou') // => false (account in the address)
 */
export function isCenterUrl(text: string): boolean {
  return /^https?:\/\/[a-z0-9.\-[\]:]+(?::\d{1,5})?\/[^\s?#@]*[^\s?#@/][^\s?#@]*$/i.test(text);
}

/**
 * The 设置 → 同步 form: the center's database, this desk's name, and the desk's account there. The
 * password may stay empty when one is saved already (it is never shown back): `passwordSaved` says so.
 * Text is trimmed and the address loses a trailing slash, so what is saved is what PouchDB is given.
 *
 * @example
 * syncFormSchema(false).parse({ url: ' http://10.0.0.2:5984/center-gulou/ ', deskName: '前台', deskCode: 'a', username: 'gulou-qianta', password: 'x' })
 * // => { url: 'http://10.0.0.2:5984/center-gulou', deskName: '前台', deskCode: 'A', username: 'gulou-qianta', password: 'x' }
 */
export function syncFormSchema(passwordSaved: boolean) {
  return z.object({
    url: z
      .string()
      .trim()
      .min(1, { error: '请填写中心地址', abort: true })
      .overwrite((url) => url.replace(/\/+$/, ''))
      .refine(isCenterUrl, CENTER_URL_MESSAGE),
    deskCode: z
      .string()
      .overwrite((code) => toHalfWidth(code).trim().toUpperCase())
      .min(1, { error: '请填写本机代号，如：A', abort: true })
      .regex(DESK_CODE_PATTERN, '本机代号是一个英文字母，如：A、B'),
    deskName: z
      .string()
      .overwrite(stripBidiControls)
      .trim()
      .min(1, { error: '请填写本机名称，如：前台、办公室', abort: true })
      .max(30, '本机名称不能超过30个字')
      .refine(...noMarkup('本机名称')),
    username: z
      .string()
      .trim()
      .min(1, { error: '请填写中心给本机的账号', abort: true })
      .pipe(syncCredentialSchema.shape.username),
    password: passwordSaved
      ? syncCredentialSchema.shape.password.or(z.literal(''))
      : z.string().min(1, '请填写密码').pipe(syncCredentialSchema.shape.password),
  });
}

/**
 * What the form gives when valid: an empty password means "keep the saved one".
 *
 * @example
 * const form: SyncForm = { url: 'http://10.0.0.2:5984/center-gulou', deskName: '前台', deskCode: 'A', username: 'gulou-qianta', password: '' };
 */
export type SyncForm = z.output<ReturnType<typeof syncFormSchema>>;

/**
 * The setting a valid form saves (the password goes to the credential store instead).
 *
 * @example
 * syncCenterOf({ url: 'http://10.0.0.2:5984/center-gulou', deskName: '前台', deskCode: 'A', username: 'a', password: 'x' })
 * // => { url: 'http://10.0.0.2:5984/center-gulou', deskName: '前台', deskCode: 'A', username: 'a' }
 */
export function syncCenterOf(form: SyncForm): SyncCenter {
  return { url: form.url, deskName: form.deskName, deskCode: form.deskCode, username: form.username };
}

/**
 * A desk code: one capital letter (see SyncCenter.deskCode).
 *
 * @example
 * DESK_CODE_PATTERN.test('B') // => true
 * DESK_CODE_PATTERN.test('b1') // => false
 */
export const DESK_CODE_PATTERN = /^[A-Z]$/;

/**
 * The code a syncing desk puts in the numbers it gives, '' when it does not sync (numbers stay as they
 * always were) or its setup predates desk codes.
 *
 * @example
 * numberMarkOf(true, { url: 'http://h/db', deskName: '前台', deskCode: 'B', username: 'a' }) // => 'B'
 * numberMarkOf(false, { url: 'http://h/db', deskName: '前台', deskCode: 'B', username: 'a' }) // => ''
 */
export function numberMarkOf(syncing: boolean, center: SyncCenter | undefined | null): string {
  const code = center?.deskCode ?? '';
  return syncing && DESK_CODE_PATTERN.test(code) ? code : '';
}
