import { z } from 'zod';
import { TEMPLATE_KINDS } from './defaults';

/**
 * The issue form: what to issue, the batch's shared values and how to print.
 *
 * @example
 * issueFormSchema.safeParse({ kind: '荣誉证书', templateId: 'builtin:honour-a4', 荣誉称号: '优秀志愿者',
 *   表彰事由: '', 活动名称: '', mode: 'pdf', printer: null, copies: 1, stockOnly: false }).success // => true
 */
export const issueFormSchema = z.object({
  kind: z.enum(TEMPLATE_KINDS),
  templateId: z.string().min(1, '请选择模板'),
  荣誉称号: z.string().trim().max(20, '荣誉称号不能超过 20 字'),
  表彰事由: z.string().trim().max(200, '表彰事由不能超过 200 字'),
  活动名称: z.string().trim().max(60, '活动名称不能超过 60 字'),
  mode: z.enum(['print', 'pdf']),
  printer: z.string().nullable(),
  copies: z.number({ error: '请输入份数' }).int('份数须为整数').min(1, '至少 1 份').max(99, '最多 99 份'),
  stockOnly: z.boolean(),
});
export type IssueForm = z.infer<typeof issueFormSchema>;

/**
 * The issuer settings form (负责人, 经办人, contact, ID printing).
 *
 * @example
 * issuerSettingsSchema.safeParse({ leader: '王建国', handler: '林晓', phone: '', proofFullIdNumber: true }).success // => true
 */
export const issuerSettingsSchema = z.object({
  leader: z.string().trim().min(1, '请填写负责人').max(20, '不能超过 20 字'),
  handler: z.string().trim().min(1, '请填写经办人').max(20, '不能超过 20 字'),
  phone: z.string().trim().max(30, '不能超过 30 字'),
  proofFullIdNumber: z.boolean(),
});

/**
 * A printer's 套打 offset form.
 *
 * @example
 * printerOffsetSchema.safeParse({ printer: 'PDF', xMm: -1.5, yMm: 2 }).success // => true
 */
export const printerOffsetSchema = z.object({
  printer: z.string().min(1, '请选择打印机'),
  xMm: z.number({ error: '请输入毫米数' }).min(-20, '偏移不能超过 ±20 毫米').max(20, '偏移不能超过 ±20 毫米'),
  yMm: z.number({ error: '请输入毫米数' }).min(-20, '偏移不能超过 ±20 毫米').max(20, '偏移不能超过 ±20 毫米'),
});
