import type { BaseRecord } from './base';
import type { HoursRuleSet, MinorAgeRules, StarLadderSetting } from './people';
import type { BookingRules } from '../booking/rules';
import type { Station } from '../organisation/stations';
import type { AssessmentRules } from '../recognition/assessment-rules';
import type { NationalPreset } from '../exchange/national-presets';
import type { RememberedMapping } from '../exchange/import-headers';

export const STAFF_ROLES = ['管理员', '前台'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** A person who works the desk. */
export interface Staff extends BaseRecord {
  name: string;
  role: StaffRole;
  phone: string;
  active: boolean;
  /** PBKDF2-SHA-256 of the PIN with its random salt (both base64) and iteration count; never the PIN. */
  pinHash: string;
  pinSalt: string;
  pinIterations: number;
  /** Wrong PINs in a row and until when sign-in waits (epoch ms): stored, so a reload keeps the wait. */
  failedPins: number;
  lockedUntil: number | null;
}

/** One entry of the append-only audit log: who did what to which record, before and after, and why. */
export interface AuditEntry extends BaseRecord {
  at: number;
  actor: string;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  reason: string | null;
  /**
   * The hash chain (shared/audit/chain.ts): place in the log, the previous entry's hash and this
   * entry's own. Absent on entries written before the chain existed.
   */
  seq?: number;
  prevHash?: string;
  hash?: string;
  /** Set when personal values were erased from this entry on request: the entry that vouches for it. */
  redactedBy?: string | null;
}

export const CENTER_LEVELS = ['中心', '所', '站'] as const;
export type CenterLevel = (typeof CENTER_LEVELS)[number];

/** The center this desk belongs to. */
export interface CenterProfile {
  name: string;
  level: CenterLevel;
  address: string;
  phone: string;
}

/** Who signs issued documents (民发〔2015〕149号: 负责人 and 经办人) and how ID numbers print. */
export interface DocumentIssuerSettings {
  leader: string;
  handler: string;
  /** Contact phone printed on documents; the center's phone when empty. */
  phone: string;
  /** Print the full ID number on 志愿服务记录证明 (the rules name it); masked everywhere else. */
  proofFullIdNumber: boolean;
}

/** Calibrated shift of one printer for pre-printed stock (套打), in millimetres; + is right/down. */
export interface PrinterOffset {
  xMm: number;
  yMm: number;
}

/**
 * Where this desk syncs (设置 → 同步): the center's database, the name staff know this desk by, and its
 * account there. The password is kept apart, in the platform's credential store.
 */
export interface SyncCenter {
  /** The database's address, e.g. `http://192.168.1.10:5984/center-gulou`; never with the account in it. */
  url: string;
  deskName: string;
  /**
   * One capital letter, different at each desk of the center: it stands in the numbers this desk gives
   * while it syncs (YY-2026-B00017), so two desks never give the same number. Absent in setups saved
   * before desk codes: the form asks for it at the next save.
   */
  deskCode?: string;
  username: string;
}

/** Every setting, by key, with its value type. */
export interface SettingValues {
  centerProfile: CenterProfile;
  /** This installation's id, stamped on every row it writes. */
  deskId: string;
  /** When first-run setup was completed (epoch ms). */
  setupCompletedAt: number;
  /** When demo data was loaded, if it was. */
  demoDataLoadedAt: number;
  /** Room booking rules: maximum duration, no-show grace, booking window, repeat cap. */
  bookingRules: BookingRules;
  /** The center's hours rules for new service records (each record keeps a copy of the rules used). */
  hoursRules: HoursRuleSet;
  /** Which star ladder volunteers' progress is shown against. */
  starLadder: StarLadderSetting;
  /** Age limits for minor volunteers. */
  minorRules: MinorAgeRules;
  /** Version of the privacy notice shown at registration, recorded with each consent. */
  privacyNoticeVersion: string;
  /** When the last whole-desk backup was saved (epoch ms). */
  lastBackupAt: number;
  /** Signatures and privacy of issued documents. */
  documentIssuer: DocumentIssuerSettings;
  /** 套打 offsets by printer name (`PDF` for saved PDFs, `浏览器` in web mode). */
  printerOffsets: Record<string, PrinterOffset>;
  /** Years without activity after which a volunteer is listed for review (personal-data retention). */
  retentionYears: number;
  /** Minutes without input after which the desk locks (staff sign in again with their PIN). */
  idleLockMinutes: number;
  /** The standing volunteer posts (岗位) sign-in picks from; unset means the 12 default posts. */
  servicePosts: string[];
  /** The center's own 所 and 站, so activities and orders say where they happened. */
  stations: Station[];
  /** 考评办法 for choosing 时尚达人 (shared/recognition/assessment-rules); unset means the defaults. */
  assessmentRules: AssessmentRules;
  /** 服务单 categories (服务类别); unset means DEFAULT_ORDER_CATEGORIES. */
  orderCategories: string[];
  /** 全国志愿服务信息系统 export layouts the desk saved (shared/exchange/national-presets). */
  nationalPresets: NationalPreset[];
  /** The column mapping of the last volunteer import (header → field), offered again next time. */
  importMapping: RememberedMapping;
  /** The same for room and organisation imports, per kind (`rooms`, `organisations`). */
  placeImportMapping: Partial<Record<'rooms' | 'organisations', Record<string, string>>>;
  /** Whether this desk queues its changes for the center (多台前台同步); unset means off. */
  syncEnabled: boolean;
  /** The center this desk syncs with, this desk's name and account there (see SyncCenter). */
  syncCenter: SyncCenter;
  /** When sync was last stopped: changes made after it were not queued, so turning sync on sends them. */
  syncStoppedAt: number;
  /**
   * Rows to queue when sync next runs, changed after this time (0: all the center has never had); null
   * once queued. Set when sync is turned on: the changes of the time it was off were never queued.
   */
  syncBacklogSince: number | null;
  /** Staff paused sync (暂停同步): it stays paused through sign-out and restart until they resume. */
  syncPaused: boolean;
}
export type SettingKey = keyof SettingValues;

/** A stored setting row. */
export interface Setting<K extends SettingKey = SettingKey> extends BaseRecord {
  key: K;
  value: SettingValues[K];
}
