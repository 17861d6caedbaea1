import type { BaseRecord } from './base';

export const ID_TYPES = [
  '居民身份证',
  '港澳台居民居住证',
  '外国人永久居留身份证',
  '港澳居民来往内地通行证',
  '台湾居民来往大陆通行证',
  '护照',
  '其他',
] as const;
export type IdType = (typeof ID_TYPES)[number];

export const POLITICAL_STATUSES = ['中共党员', '中共预备党员', '共青团员', '民主党派', '群众'] as const;
export type PoliticalStatus = (typeof POLITICAL_STATUSES)[number];

export type Gender = '男' | '女';

/** Guardian of a minor volunteer. */
export interface Guardian {
  name: string;
  relation: string;
  phone: string;
  consentAt: number | null;
  /** Whether the guardian accompanies the minor when serving (required below the accompany age). */
  accompanies?: boolean;
}

/** Consent the volunteer gave, with the notice version they saw. */
export interface PrivacyConsent {
  noticeVersion: string;
  consentedAt: number;
  /** Separate consent for collecting the ID number (sensitive personal information). */
  idNumberConsent: boolean;
}

/** A real-name registered volunteer. */
export interface Volunteer extends BaseRecord {
  /** Local sequential 志愿者编号; never the ID number. */
  volunteerNo: string;
  name: string;
  idType: IdType;
  /** Normalised (upper case, half-width) document number. */
  idNumber: string;
  gender: Gender | null;
  /** `YYYY-MM-DD`, derived from the ID number where possible. */
  birthDate: string | null;
  phone: string;
  politicalStatus: PoliticalStatus;
  address: string;
  workUnit: string;
  skills: string[];
  intentions: string[];
  availability: string;
  teamIds: string[];
  emergencyContact: { name: string; phone: string } | null;
  guardian: Guardian | null;
  photo: string | null;
  consent: PrivacyConsent | null;
  /** Prefix-searchable keys (name, pinyin, last 4 of phone and ID, volunteer number); see search-keys. */
  searchKeys: string[];
  notes: string;
  /** Set on a record merged into another (which then holds its service records); it is soft-deleted. */
  mergedIntoId?: string | null;
  /** When the person's data was erased on request (注销); the row keeps only number and records. */
  anonymisedAt?: number | null;
}

/** A 志愿服务队. */
export interface Team extends BaseRecord {
  name: string;
  leaderId: string | null;
  description: string;
  /** The team this one is a sub-team (分队) of; teams nest one level deep. */
  parentTeamId: string | null;
  /** When the team was retired (撤销): kept for its history, no longer offered for new members. */
  retiredAt?: number | null;
  /** The team it was merged into, and who its members were then (so the merge can be undone). */
  mergedIntoId?: string | null;
  mergedMembers?: { id: string; wasInTarget: boolean }[];
}

export const SERVICE_RECORD_STATUSES = ['服务中', '待确认', '已确认', '作废'] as const;
export type ServiceRecordStatus = (typeof SERVICE_RECORD_STATUSES)[number];

/** The hours rules a record was credited under, kept with the record. */
export interface HoursRuleSet {
  name: string;
  /** Served time is rounded down to this step (1 = exact minutes). */
  roundingStepMinutes: number;
  /** A session shorter than this is not credited at all (0 = no minimum). */
  minimumCreditMinutes: number;
  capPerSessionMinutes: number;
  capPerDayMinutes: number;
  /** A sign-in still open after this long is closed automatically and flagged for review. */
  autoCloseAfterMinutes?: number;
  /** A second scan of the same card within this many seconds is a double read and is ignored. */
  repeatScanSeconds?: number;
}

/** Which star ladder recognition progress is shown against (hours per star, one to five). */
export interface StarLadderSetting {
  kind: 'national' | 'beijing' | 'custom';
  /** Only used for `custom`: ascending hours for one star up to at most five. */
  customHours: number[];
}

/** Age limits for minors, set by the center (rules differ locally). */
export interface MinorAgeRules {
  /** Below this age a guardian (name, relation, phone) is required. */
  guardianBelow: number;
  /** Below this age the guardian's consent is mandatory. */
  consentBelow: number;
  /** Below this age the guardian must accompany the minor. */
  accompanyBelow: number;
  /** Below this age registration is refused. */
  minimumAge: number;
}

/** One volunteer's service: sign-in/out and credited hours, with the contents the 2012 rules require. */
export interface ServiceRecord extends BaseRecord {
  volunteerId: string;
  activityId: string | null;
  bookingId: string | null;
  post: string | null;
  projectName: string;
  place: string;
  serviceObject: string;
  content: string;
  signInAt: number;
  signOutAt: number | null;
  creditedMinutes: number | null;
  rules: HoursRuleSet | null;
  evaluation: string;
  leader: string;
  recorder: string;
  status: ServiceRecordStatus;
  /** Set when a forgotten sign-out was closed automatically and awaits review. */
  flaggedForReview: boolean;
  /** Why staff added or changed this record by hand. */
  manualReason: string | null;
  /** The service order whose completion made this record (v6; absent on older rows). */
  orderId?: string | null;
}
