import type { TemplateLayout } from '../documents/template';
import type { BaseRecord } from './base';

export const DOCUMENT_KINDS = [
  '感谢信',
  '荣誉证书',
  '志愿服务记录证明',
  '场地使用确认单',
  '每日场地安排表',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Number prefix per kind of issued document (e.g. ZM-2026-00042). */
export const DOCUMENT_PREFIX: Record<DocumentKind, string> = {
  感谢信: 'GX',
  荣誉证书: 'RY',
  志愿服务记录证明: 'ZM',
  场地使用确认单: 'YY',
  每日场地安排表: 'AP',
};

export const DOCUMENT_STATUSES = ['待打印', '已打印', '打印失败', '已作废'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** A page template: paper, fonts and positioned text in millimetres. */
export interface DocumentTemplate extends BaseRecord {
  kind: DocumentKind;
  name: string;
  isDefault: boolean;
  paper: { widthMm: number; heightMm: number; orientation: 'portrait' | 'landscape' };
  /** Template body; its format is owned by the printing feature. */
  body: unknown;
  backgroundImage: string | null;
  printBackground: boolean;
  sealImage: string | null;
}

/**
 * An image frozen for issued documents: a template's background or seal as it was when they were
 * issued. Keyed by template and version, so each version is stored once however many documents use it.
 */
export interface Asset extends BaseRecord {
  /** The image as a data URL. */
  dataUrl: string;
}

/** The images an issued document prints with, as asset ids (see {@link Asset}). */
export interface FrozenImages {
  backgroundAssetId: string | null;
  printBackground: boolean;
  sealAssetId: string | null;
}

/** An issued, numbered document. Its content is frozen at issue. */
export interface IssuedDocument extends BaseRecord {
  kind: DocumentKind;
  number: string;
  year: number;
  templateId: string | null;
  recipientType: 'volunteer' | 'organisation' | 'booking' | 'other';
  recipientId: string | null;
  recipientName: string;
  /** The values that were filled in, frozen at issue. */
  content: Record<string, string>;
  /** Detail rows (志愿服务记录证明: date, project, content, hours), frozen at issue. */
  rows: string[][];
  /** The page layout, frozen at issue so later template edits never change an issued document. */
  layout: TemplateLayout;
  issuedAt: number;
  issuedBy: string;
  printCount: number;
  status: DocumentStatus;
  voidReason: string | null;
  /** Why the last print failed, kept until a print succeeds. */
  lastPrintError: string | null;
  /**
   * The template's images frozen at issue, so a reprint after the seal or background changed still
   * looks as issued. Absent on documents issued before schema v3: they print with the template's images.
   */
  images?: FrozenImages | null;
}

/** The last number allocated for one kind and year; advanced in the same transaction as the issue. */
export interface NumberCounter extends BaseRecord {
  /** e.g. `ZM-2026`. */
  key: string;
  last: number;
}
