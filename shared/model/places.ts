import type { BaseRecord } from './base';

/** Kinds of room a center offers (讲堂 and the function areas). */
export const ROOM_KINDS = [
  '讲堂',
  '培训室',
  '图书室',
  '阅览室',
  '活动室',
  '多功能厅',
  '功能区',
  '户外场地',
] as const;
export type RoomKind = (typeof ROOM_KINDS)[number];

/** Opening hours of one weekday as minutes after midnight, half-open [open, close). */
export interface OpeningHours {
  /** 0 = Sunday … 6 = Saturday, as Date#getDay. */
  weekday: number;
  openMinute: number;
  closeMinute: number;
}

/** A named part of the day offered as a booking shortcut (上午/下午/晚上). */
export interface NamedSession {
  name: string;
  startMinute: number;
  endMinute: number;
}

/** A bookable room or function area. */
export interface Room extends BaseRecord {
  name: string;
  kind: RoomKind;
  capacity: number;
  /** Square metres, if known. */
  area: number | null;
  location: string;
  equipment: string[];
  openingHours: OpeningHours[];
  sessions: NamedSession[];
  setupMinutes: number;
  cleanupMinutes: number;
  needsApproval: boolean;
  /** CSS colour for the day board. */
  color: string;
  active: boolean;
  sortOrder: number;
}

/** A closed period: a public holiday, a center closure (roomId null) or a per-room blackout. */
export interface Closure extends BaseRecord {
  /** Null closes the whole center. */
  roomId: string | null;
  /** First closed day, `YYYY-MM-DD`. */
  date: string;
  /** Last closed day, inclusive, `YYYY-MM-DD`. */
  endDate: string;
  /**
   * Minutes after midnight; null means whole days. With several days, the closure is one span from
   * `startMinute` on `date` to `endMinute` on `endDate`, not a daily window.
   */
  startMinute: number | null;
  endMinute: number | null;
  reason: string;
  source: 'holiday' | 'center' | 'room';
}

export const ORGANISATION_TYPES = [
  '党政机关',
  '事业单位',
  '学校',
  '企业',
  '社会组织',
  '社区',
  '个人',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

/** A unit (单位) or resident that books rooms. */
export interface Organisation extends BaseRecord {
  name: string;
  type: OrganisationType;
  contactName: string;
  phone: string;
  notes: string;
  noShowCount: number;
}

export const BOOKING_CATEGORIES = [
  '理论宣讲',
  '政策解读',
  '法治',
  '道德',
  '健康',
  '科普',
  '文化文艺',
  '志愿服务',
  '培训',
  '会议',
  '其他',
] as const;
export type BookingCategory = (typeof BOOKING_CATEGORIES)[number];

export const BOOKING_STATUSES = ['待审核', '已确认', '已签到', '已完成', '已取消', '未到场'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

/** A repeating booking: the RFC 5545 rule; each occurrence is its own Booking row. */
export interface BookingSeries extends BaseRecord {
  roomId: string;
  /** RFC 5545 RRULE, e.g. `FREQ=WEEKLY;BYDAY=SA;UNTIL=20261231T235959Z`. */
  rrule: string;
  /** First occurrence start (epoch ms). */
  dtstart: number;
  durationMinutes: number;
  title: string;
}

/** One booked time of one room. Times are half-open [start, end). */
export interface Booking extends BaseRecord {
  /** Human-facing number, e.g. YY-2026-00017. */
  number: string;
  roomId: string;
  start: number;
  end: number;
  title: string;
  category: BookingCategory;
  organisationId: string | null;
  contactName: string;
  phone: string;
  expectedAttendees: number;
  actualAttendees: number | null;
  equipment: string[];
  notes: string;
  status: BookingStatus;
  cancelReason: string | null;
  checkedInAt: number | null;
  seriesId: string | null;
  /** Why a booking was entered for a past time (back-filling), if it was. */
  backfillReason: string | null;
}
