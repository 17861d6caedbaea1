import type { OrderAssignee, OrderEventType, OrderStatus } from '../orders/order-machine';
import type { BaseRecord } from './base';
import type { BookingCategory } from './places';

/** A named 服务项目 a team runs; activities and orders may belong to one. */
export interface Project extends BaseRecord {
  name: string;
  /** 品牌项目: the center's flagship projects, counted apart in reports. */
  brand: boolean;
  /** The owning 志愿服务队 (null: run by the center itself). */
  teamId: string | null;
  category: string;
  description: string;
  /** `YYYY-MM-DD` in the center's zone; null = open-ended. */
  startDate: string | null;
  endDate: string | null;
}

/** A photo kept with an activity or an order: resized on import, stored locally as a data URL. */
export interface Photo extends BaseRecord {
  /** The activity or order the photo belongs to. */
  ownerId: string;
  dataUrl: string;
  width: number;
  height: number;
  /** Size of the stored image in bytes (after resizing). */
  bytes: number;
  caption: string;
}

/** An activity the center held: the unit of 场次, and the source of its volunteers' service records. */
export interface Activity extends BaseRecord {
  title: string;
  category: BookingCategory;
  /** v6 fields below are filled with empty values on older rows by migrateActivityToV6. */
  projectId: string | null;
  /** The 所/站 it happened at or for (see shared/organisation/stations); null = the center itself. */
  stationId: string | null;
  start: number;
  end: number;
  place: string;
  roomId: string | null;
  bookingId: string | null;
  /** The service order it records, when it was made from one (结项). */
  orderId: string | null;
  /** 组织单位 as written; organisationId when it is one of the center's 单位. */
  organiser: string;
  organisationId: string | null;
  /** 服务对象, e.g. 辖区老年人. */
  serviceObject: string;
  /** 受益人次. */
  beneficiaries: number;
  /** 参与人次 (实到人数 for an activity made from a booking). */
  participants: number;
  /** 志愿者人次: volunteers with a (non-voided) service record of this activity. */
  volunteerCount: number;
  /** 活动简介. */
  summary: string;
  /** 服务内容, 评价 and 负责人 as the 2012 recording rules ask; copied into each volunteer's record. */
  content: string;
  evaluation: string;
  leader: string;
  /** Photos in display order (ids of {@link Photo} rows). */
  photoIds: string[];
}

/** How the order reached the desk. */
export const ORDER_SOURCES = ['到访', '电话', '上门收集', '微心愿墙', '12345转办'] as const;
export type OrderSource = (typeof ORDER_SOURCES)[number];

export const ORDER_URGENCIES = ['一般', '较急', '紧急'] as const;
export type OrderUrgency = (typeof ORDER_URGENCIES)[number];

/** One step of an order's life, as the desk recorded it (kept in the order, newest last). */
export interface OrderHistoryEntry {
  at: number;
  event: OrderEventType | '点单' | '修改';
  from: OrderStatus | null;
  to: OrderStatus;
  /** The staff member who recorded it. */
  by: string;
  /** Reason or note shown with the step (不受理, 改派, 拒单, 取消, 回访, 评单 comment). */
  note: string;
}

/** A resident's order in the 点单 → 审单 → 派单 → 接单 → 完成 → 评单 loop. */
export interface ServiceOrder extends BaseRecord {
  /** 服务单号, e.g. FW2026-00012. */
  number: string;
  requester: string;
  requesterPhone: string;
  /** Address, or community / 网格. */
  address: string;
  category: string;
  description: string;
  /** When the resident would like the service; null = any time. */
  wishedAt: number | null;
  urgency: OrderUrgency;
  source: OrderSource;
  /** A 微心愿 from the wishes wall. */
  wish: boolean;
  projectId: string | null;
  stationId: string | null;
  status: OrderStatus;
  orderedAt: number;
  /** The reason given when the desk refused it (不受理), shown when the resident calls. */
  refusedReason: string;
  assignee: OrderAssignee | null;
  dispatchedAt: number | null;
  dueAt: number | null;
  acceptedAt: number | null;
  completedAt: number | null;
  /** 结项: what was done, by whom. */
  completionSummary: string;
  completedVolunteerIds: string[];
  photoIds: string[];
  activityId: string | null;
  rating: number | null;
  ratingComment: string;
  ratedAt: number | null;
  followUpNote: string;
  followUpAt: number | null;
  cancelReason: string;
  history: OrderHistoryEntry[];
}

/** The periods a 时尚达人 is chosen for. */
export const HONOUR_PERIODS = ['周', '月', '季', '年'] as const;
export type HonourPeriod = (typeof HONOUR_PERIODS)[number];

/** A confirmed selection: a 时尚达人 (volunteer) or a 先进集体 (team) for one period. */
export interface Honour extends BaseRecord {
  period: HonourPeriod;
  /** First day of the period, `YYYY-MM-DD`. */
  periodStart: string;
  /** e.g. 2026年11月. */
  periodLabel: string;
  winnerType: 'volunteer' | 'team';
  winnerId: string;
  winnerName: string;
  /** e.g. 月度时尚达人, 季度先进集体. */
  title: string;
  points: number;
  /** The points breakdown at confirmation, as shown to staff (e.g. 服务时长 12 分). */
  breakdown: { label: string; points: number }[];
  reason: string;
  /** The 荣誉证书 issued for it, once issued. */
  documentId: string | null;
}
