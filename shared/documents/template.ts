import { z } from 'zod';
import { hasPlaceholders } from './placeholders';

/**
 * Bundled font faces a template may use; the renderer maps them to the bundled families.
 *
 * @example
 * TEMPLATE_FONTS[0] // => 'serif'
 */
export const TEMPLATE_FONTS = ['serif', 'kai', 'sans'] as const;
export type TemplateFont = (typeof TEMPLATE_FONTS)[number];

const mm = (max: number) =>
  z.number({ error: '请输入毫米数' }).min(-50, '不能小于 -50 毫米').max(max, `不能大于 ${max} 毫米`);

/**
 * A block of text placed on the page in millimetres; `{{…}}` placeholders are filled per recipient.
 *
 * @example
 * textElementSchema.parse({ type: 'text', id: 'name', text: '{{姓名}}', xMm: 20, yMm: 80, widthMm: 170, sizePt: 22 })
 */
export const textElementSchema = z.object({
  type: z.literal('text'),
  id: z.string().min(1),
  text: z.string().max(4000, '文字不能超过 4000 字'),
  xMm: mm(1000),
  yMm: mm(1000),
  widthMm: z.number().min(5, '宽度至少 5 毫米').max(1000, '宽度不能超过 1000 毫米'),
  sizePt: z.number({ error: '请输入字号' }).min(5, '字号至少 5 磅').max(120, '字号不能超过 120 磅'),
  /** How small a long value may set this text before the document is refused (none: never smaller). */
  minSizePt: z.number().min(5, '最小字号至少 5 磅').max(120, '最小字号不能超过 120 磅').optional(),
  font: z.enum(TEMPLATE_FONTS).default('serif'),
  bold: z.boolean().default(false),
  align: z.enum(['left', 'center', 'right', 'justify']).default('left'),
  lineHeight: z.number().min(1).max(4).default(1.6),
  letterSpacingEm: z.number().min(0).max(2).default(0),
  /** First-line indent of two characters on every paragraph, as Chinese letters are set. */
  indent: z.boolean().default(false),
  color: z
    .string()
    .regex(/^#[0-9a-f]{6}$/i, '颜色格式如 #1f1f1f')
    .default('#1f1f1f'),
});
export type TextElement = z.infer<typeof textElementSchema>;

/**
 * The dated table of confirmed service records (志愿服务记录证明).
 *
 * @example
 * recordsTableSchema.parse({ type: 'records', id: 'rows', xMm: 20, yMm: 150, widthMm: 170, maxRows: 12 })
 */
export const recordsTableSchema = z.object({
  type: z.literal('records'),
  id: z.string().min(1),
  xMm: mm(1000),
  yMm: mm(1000),
  widthMm: z.number().min(20).max(1000),
  sizePt: z.number().min(5).max(30).default(9.5),
  maxRows: z.number().int().min(1).max(60).default(14),
});
export type RecordsTable = z.infer<typeof recordsTableSchema>;

/**
 * A square holding the QR code of the document number, for checking a presented document.
 *
 * @example
 * qrElementSchema.parse({ type: 'qr', id: 'qr', xMm: 180, yMm: 260, sizeMm: 18 })
 */
export const qrElementSchema = z.object({
  type: z.literal('qr'),
  id: z.string().min(1),
  xMm: mm(1000),
  yMm: mm(1000),
  sizeMm: z.number().min(8, '二维码至少 8 毫米').max(80),
});
export type QrElement = z.infer<typeof qrElementSchema>;

/**
 * Where the seal goes: the seal image when the template has one, otherwise blank for a hand stamp.
 *
 * @example
 * sealElementSchema.parse({ type: 'seal', id: 'seal', xMm: 140, yMm: 220, sizeMm: 42 })
 */
export const sealElementSchema = z.object({
  type: z.literal('seal'),
  id: z.string().min(1),
  xMm: mm(1000),
  yMm: mm(1000),
  sizeMm: z.number().min(10).max(80),
});
export type SealElement = z.infer<typeof sealElementSchema>;

/**
 * A decorative frame inset from the page edge (certificates); never printed on pre-printed stock.
 *
 * @example
 * frameElementSchema.parse({ type: 'frame', id: 'frame', insetMm: 10, color: '#b8860b' })
 */
export const frameElementSchema = z.object({
  type: z.literal('frame'),
  id: z.string().min(1),
  insetMm: z.number().min(0).max(60),
  color: z.string().regex(/^#[0-9a-f]{6}$/i),
  double: z.boolean().default(true),
});
export type FrameElement = z.infer<typeof frameElementSchema>;

/**
 * Any element of a template.
 *
 * @example
 * templateElementSchema.parse({ type: 'qr', id: 'qr', xMm: 180, yMm: 260, sizeMm: 18 }).type // => 'qr'
 */
export const templateElementSchema = z.discriminatedUnion('type', [
  textElementSchema,
  recordsTableSchema,
  qrElementSchema,
  sealElementSchema,
  frameElementSchema,
]);
export type TemplateElement = z.infer<typeof templateElementSchema>;

/**
 * A page layout: the paper and what is placed on it. Frozen into every document issued with it.
 *
 * @example
 * templateLayoutSchema.parse({ paper: { widthMm: 210, heightMm: 297, orientation: 'portrait' }, elements: [] })
 */
export const templateLayoutSchema = z.object({
  paper: z.object({
    widthMm: z.number().min(50, '纸张宽度至少 50 毫米').max(1000, '纸张宽度不能超过 1000 毫米'),
    heightMm: z.number().min(50, '纸张高度至少 50 毫米').max(1000, '纸张高度不能超过 1000 毫米'),
    orientation: z.enum(['portrait', 'landscape']),
  }),
  elements: z.array(templateElementSchema).max(60),
});
export type TemplateLayout = z.infer<typeof templateLayoutSchema>;

/**
 * What the template editor saves: a name, the layout and the images.
 *
 * @example
 * templateFormSchema.safeParse({ name: '', layout }).success // => false (name required)
 */
export const templateFormSchema = z.object({
  name: z.string().trim().min(1, '请填写模板名称').max(40, '模板名称不能超过 40 字'),
  layout: templateLayoutSchema,
  backgroundImage: z.string().nullable(),
  printBackground: z.boolean(),
  sealImage: z.string().nullable(),
});
export type TemplateForm = z.infer<typeof templateFormSchema>;

/**
 * Whether an element prints on pre-printed stock (套打): text with placeholders, the records table and
 * the QR code carry per-document data; frames, fixed text and the seal are already on the stock.
 *
 * @example
 * isVariableElement({ type: 'frame', id: 'f', insetMm: 10, color: '#b8860b', double: true }) // => false
 */
export function isVariableElement(element: TemplateElement): boolean {
  if (element.type === 'text') return hasPlaceholders(element.text);
  return element.type === 'records' || element.type === 'qr';
}

/**
 * All text of a layout, for missing-data detection.
 *
 * @example
 * layoutTexts({ paper, elements: [{ type: 'text', text: '{{姓名}}', … }] }) // => ['{{姓名}}']
 */
export function layoutTexts(layout: TemplateLayout): string[] {
  return layout.elements.flatMap((e) => (e.type === 'text' ? [e.text] : []));
}
