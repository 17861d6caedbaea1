import { makeIdNumber } from '@shared/identity/id-card';
import type { SignInTarget } from '../../renderer/src/db/repos/service-records';
import type { VolunteerDraft } from '../../renderer/src/db/repos/volunteers';

/** A plain adult walk-in numbered `n` (unique ID number and phone), consenting at `consentedAt`. */
export function volunteerDraft(
  n: number,
  consentedAt: number,
  over: Partial<VolunteerDraft> = {},
): VolunteerDraft {
  return {
    name: `测试${n}`,
    idType: '居民身份证',
    idNumber: makeIdNumber({ addressCode: '350102', birthDate: '19900101', sequence: n }),
    gender: n % 2 ? '男' : '女',
    birthDate: '1990-01-01',
    phone: `1380000${String(n).padStart(4, '0')}`,
    politicalStatus: '群众',
    address: '',
    workUnit: '',
    skills: [],
    intentions: [],
    availability: '',
    teamIds: [],
    emergencyContact: null,
    guardian: null,
    photo: null,
    consent: { noticeVersion: '2025-01', consentedAt, idNumberConsent: true },
    notes: '',
    ...over,
  };
}

/** Duty at the front desk, what most sign-ins in these tests are for. */
export const FRONT_DESK: SignInTarget = {
  activityId: null,
  bookingId: null,
  post: '前台引导',
  projectName: '文明实践中心日常值班',
  place: '中心大厅',
  serviceObject: '来访群众',
  content: '咨询引导',
  leader: '王老师',
};
