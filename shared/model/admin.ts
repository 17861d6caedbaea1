import type { BaseRecord } from './base';

export const STAFF_ROLES = ['管理员', '前台'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** A person who works the desk. */
export interface Staff extends BaseRecord {
  name: string;
  role: StaffRole;
  phone: string;
  active: boolean;
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

/** Every setting, by key, with its value type. */
export interface SettingValues {
  centerProfile: CenterProfile;
  /** This installation's id, stamped on every row it writes. */
  deskId: string;
  /** When first-run setup was completed (epoch ms). */
  setupCompletedAt: number;
  /** When demo data was loaded, if it was. */
  demoDataLoadedAt: number;
}
export type SettingKey = keyof SettingValues;

/** A stored setting row. */
export interface Setting<K extends SettingKey = SettingKey> extends BaseRecord {
  key: K;
  value: SettingValues[K];
}
