import type { DocumentKind } from '../model/documents';
import { paperOf } from './paper';
import type { TemplateElement, TemplateLayout, TextElement } from './template';

/** The kinds staff issue from templates (the booking printouts have fixed layouts). */
export const TEMPLATE_KINDS = [
  '感谢信',
  '荣誉证书',
  '志愿服务记录证明',
] as const satisfies readonly DocumentKind[];
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

/**
 * A template that ships with the app; staff copy one to make their own variant.
 *
 * @example
 * const t: BuiltinTemplate = BUILTIN_TEMPLATES[0];
 */
export interface BuiltinTemplate {
  id: string;
  kind: TemplateKind;
  name: string;
  layout: TemplateLayout;
}

const text = (
  id: string,
  value: string,
  at: { x: number; y: number; w: number },
  style: Partial<Omit<TextElement, 'type' | 'id' | 'text' | 'xMm' | 'yMm' | 'widthMm'>> = {},
): TextElement => ({
  type: 'text',
  id,
  text: value,
  xMm: at.x,
  yMm: at.y,
  widthMm: at.w,
  sizePt: 14,
  font: 'serif',
  bold: false,
  align: 'left',
  lineHeight: 1.6,
  letterSpacingEm: 0,
  indent: false,
  color: '#1f1f1f',
  ...style,
});

// The number is what a verifier types in: black, never grey (grey 9 pt faded on ink-jet printers).
const NUMBER_INK = '#000000';

// Full-width spaces indent paragraphs the way Chinese letters are typed, and keep "敬礼！" flush left.
const IND = '\u3000\u3000';

const letterClosing = (y: number): TemplateElement[] => [
  text(
    'sign-org',
    '{{出具单位}}',
    { x: 95, y, w: 95 },
    { font: 'kai', sizePt: 15, minSizePt: 12, align: 'right' },
  ),
  text('sign-date', '{{开具日期}}', { x: 95, y: y + 10, w: 95 }, { font: 'kai', sizePt: 15, align: 'right' }),
  { type: 'seal', id: 'seal', xMm: 128, yMm: y - 16, sizeMm: 42 },
  text('number', '编号：{{编号}}', { x: 22, y: 276, w: 90 }, { font: 'sans', sizePt: 9, color: NUMBER_INK }),
  { type: 'qr', id: 'qr', xMm: 170, yMm: 262, sizeMm: 20 },
];

const thankVolunteer: TemplateLayout = {
  paper: paperOf('A4', 'portrait'),
  elements: [
    text(
      'title',
      '感谢信',
      { x: 20, y: 34, w: 170 },
      { sizePt: 28, bold: true, align: 'center', letterSpacingEm: 0.6 },
    ),
    text(
      'salutation',
      '尊敬的{{姓名}}同志：',
      { x: 22, y: 60, w: 166 },
      { font: 'kai', sizePt: 16, minSizePt: 13 },
    ),
    // The unit's own name already says 新时代文明实践: the body names the activity plainly.
    text(
      'body',
      `${IND}{{服务期间}}，您积极参加{{出具单位}}组织的志愿服务活动，累计服务{{服务次数}}次、志愿服务时长{{服务时长}}小时，主要参与了{{服务内容}}等项目。您热心公益、甘于奉献，以实际行动践行了“奉献、友爱、互助、进步”的志愿服务精神，为传播文明新风、服务身边群众作出了积极贡献。\n` +
        `${IND}在此，谨向您致以衷心的感谢和崇高的敬意！希望您继续关心支持新时代文明实践工作，与我们携手把温暖和文明传递给更多的人。\n` +
        `${IND}此致\n敬礼！`,
      { x: 22, y: 72, w: 166 },
      { font: 'kai', sizePt: 15, minSizePt: 12, lineHeight: 2 },
    ),
    ...letterClosing(214),
  ],
};

const thankUnit: TemplateLayout = {
  paper: paperOf('A4', 'portrait'),
  elements: [
    text(
      'title',
      '感谢信',
      { x: 20, y: 34, w: 170 },
      { sizePt: 28, bold: true, align: 'center', letterSpacingEm: 0.6 },
    ),
    text(
      'salutation',
      '{{致函单位}}：',
      { x: 22, y: 60, w: 166 },
      { font: 'kai', sizePt: 16, minSizePt: 13 },
    ),
    text(
      'body',
      `${IND}贵单位{{姓名}}同志热心公益事业，{{服务期间}}积极参加{{出具单位}}组织的志愿服务活动，累计服务{{服务次数}}次、志愿服务时长{{服务时长}}小时，主要参与了{{服务内容}}等项目。该同志服务认真负责、热情周到，受到服务群众的一致好评。\n` +
        `${IND}{{姓名}}同志的出色表现，离不开贵单位的教育培养和大力支持。特致此函，向贵单位和{{姓名}}同志表示衷心的感谢！\n` +
        `${IND}此致\n敬礼！`,
      { x: 22, y: 72, w: 166 },
      { font: 'kai', sizePt: 15, minSizePt: 12, lineHeight: 2 },
    ),
    ...letterClosing(214),
  ],
};

const honour = (size: 'A4' | 'A3'): TemplateLayout => {
  const paper = paperOf(size, 'landscape');
  const k = paper.widthMm / 297;
  const at = (x: number, y: number, w: number) => ({ x: x * k, y: y * k, w: w * k });
  return {
    paper,
    elements: [
      { type: 'frame', id: 'frame', insetMm: 9 * k, color: '#b8860b', double: true },
      text('title', '荣誉证书', at(20, 28, 257), {
        sizePt: 44 * k,
        bold: true,
        align: 'center',
        letterSpacingEm: 0.35,
        color: '#b22222',
      }),
      text('recipient', '{{姓名}}同志：', at(42, 70, 213), {
        font: 'kai',
        sizePt: 22 * k,
        minSizePt: 18 * k,
      }),
      // A long 事由 is set smaller down to 15 pt (A4) before it could reach 特发此证 below it.
      text('reason', `${IND}{{表彰事由}}，被评为“{{荣誉称号}}”。`, at(42, 86, 213), {
        font: 'kai',
        sizePt: 20 * k,
        minSizePt: 15 * k,
        lineHeight: 1.9,
      }),
      text('closing', `${IND}特发此证，以资鼓励。`, at(42, 124, 213), { font: 'kai', sizePt: 20 * k }),
      // Clear of the QR code's column, so neither is measured as running into it.
      text('issuer', '{{出具单位}}', at(140, 152, 110), {
        sizePt: 16 * k,
        minSizePt: 12 * k,
        align: 'center',
      }),
      text('date', '{{开具日期}}', at(140, 163, 110), { sizePt: 16 * k, align: 'center' }),
      { type: 'seal', id: 'seal', xMm: 174 * k, yMm: 136 * k, sizeMm: 42 * k },
      text('number', '证书编号：{{编号}}', at(24, 184, 120), {
        font: 'sans',
        sizePt: 10 * k,
        color: NUMBER_INK,
      }),
      { type: 'qr', id: 'qr', xMm: 255 * k, yMm: 170 * k, sizeMm: 18 * k },
    ],
  };
};

const proof: TemplateLayout = {
  paper: paperOf('A4', 'portrait'),
  elements: [
    text(
      'title',
      '志愿服务记录证明',
      { x: 20, y: 22, w: 170 },
      { sizePt: 22, bold: true, align: 'center', letterSpacingEm: 0.2 },
    ),
    text(
      'number',
      '编号：{{编号}}',
      { x: 110, y: 38, w: 80 },
      { sizePt: 10.5, align: 'right', font: 'sans', color: NUMBER_INK },
    ),
    // The unit signs and stamps below, so the body says 本单位 instead of repeating its name.
    text(
      'identity',
      `${IND}兹证明{{姓名}}（{{证件类型}}：{{证件号码}}，志愿者编号：{{志愿者编号}}）于{{服务期间}}参加本单位组织的志愿服务活动{{服务次数}}次，经本单位记录确认，累计志愿服务时长{{服务时长}}小时，主要服务项目为{{服务内容}}。\n` +
        `${IND}特此证明。`,
      { x: 20, y: 48, w: 170 },
      { sizePt: 12.5, minSizePt: 10.5, lineHeight: 1.9 },
    ),
    text('detail-title', '志愿服务记录明细', { x: 20, y: 91, w: 170 }, { sizePt: 12, bold: true }),
    { type: 'records', id: 'records', xMm: 20, yMm: 99, widthMm: 170, sizePt: 9.5, maxRows: 14 },
    text(
      'note',
      `${IND}本证明依据本单位志愿服务记录如实出具，仅证明由本单位组织并记录的志愿服务；志愿服务时长为实际服务时间，不含往返交通时间。`,
      { x: 20, y: 200, w: 170 },
      { sizePt: 10, lineHeight: 1.7, color: '#434343' },
    ),
    // Signed by hand (负责人, 经办人) on the left; the unit and date on the right under the seal.
    text(
      'signatures',
      '负 责 人：{{负责人}}（签字）＿＿＿＿\n经 办 人：{{经办人}}（签字）＿＿＿＿\n联系电话：{{联系电话}}',
      { x: 20, y: 218, w: 88 },
      { sizePt: 11.5, minSizePt: 9.5, lineHeight: 2.1 },
    ),
    text(
      'issuer',
      '{{出具单位}}（盖章）',
      { x: 110, y: 224, w: 80 },
      { sizePt: 11.5, minSizePt: 9, align: 'right' },
    ),
    text('date', '{{开具日期}}', { x: 110, y: 236, w: 80 }, { sizePt: 11.5, align: 'right' }),
    { type: 'seal', id: 'seal', xMm: 140, yMm: 209, sizeMm: 42 },
    { type: 'qr', id: 'qr', xMm: 20, yMm: 260, sizeMm: 18 },
    text(
      'verify',
      '扫码或凭编号向出具单位核验',
      { x: 41, y: 270, w: 80 },
      // #666: #8c8c8c (3.4:1) was too faint on screen, and on a photocopy.
      { sizePt: 8.5, font: 'sans', color: '#666666' },
    ),
  ],
};

/**
 * The templates every desk starts with, one or two per kind.
 *
 * @example
 * BUILTIN_TEMPLATES.filter((t) => t.kind === '感谢信').length // => 2
 */
export const BUILTIN_TEMPLATES: readonly BuiltinTemplate[] = [
  { id: 'builtin:thanks-volunteer', kind: '感谢信', name: '感谢信（致志愿者）', layout: thankVolunteer },
  { id: 'builtin:thanks-unit', kind: '感谢信', name: '感谢信（致所在单位）', layout: thankUnit },
  { id: 'builtin:honour-a4', kind: '荣誉证书', name: '荣誉证书（A4 横向）', layout: honour('A4') },
  { id: 'builtin:honour-a3', kind: '荣誉证书', name: '荣誉证书（A3 横向）', layout: honour('A3') },
  {
    id: 'builtin:proof',
    kind: '志愿服务记录证明',
    name: '志愿服务记录证明（民发〔2015〕149号）',
    layout: proof,
  },
];

/**
 * The built-in template with an id, if it is one.
 *
 * @example
 * builtinTemplate('builtin:proof')?.kind // => '志愿服务记录证明'
 */
export function builtinTemplate(id: string): BuiltinTemplate | undefined {
  return BUILTIN_TEMPLATES.find((t) => t.id === id);
}
