import { describe, expect, it } from 'vitest';
import { makeIdNumber } from '@shared/identity/id-card';
import type { Volunteer } from '@shared/model';
import {
  auditableChange,
  describeVolunteerChange,
  registrationFromVolunteer,
  volunteerEditPatch,
} from '@shared/volunteers/editing';
import { DEFAULT_MINOR_RULES } from '@shared/volunteers/minors';
import { registrationSchema, registrationToDraft } from '@shared/volunteers/registration';

const today = '2026-11-22';
const CONSENTED = Date.UTC(2025, 0, 5);
const volunteer: Volunteer = {
  id: 'v1',
  createdAt: CONSENTED,
  updatedAt: CONSENTED,
  deletedAt: null,
  deskId: 'd',
  volunteerNo: 'ZYZ000001',
  name: '张三丰',
  idType: '居民身份证',
  idNumber: makeIdNumber({ addressCode: '350102', birthDate: '19900101', sequence: 123 }),
  gender: '男',
  birthDate: '1990-01-01',
  phone: '13812345678',
  politicalStatus: '群众',
  address: '',
  workUnit: '',
  skills: ['书法'],
  intentions: [],
  availability: '',
  teamIds: [],
  emergencyContact: null,
  guardian: null,
  photo: null,
  consent: { noticeVersion: '2024-01', consentedAt: CONSENTED, idNumberConsent: true },
  searchKeys: [],
  notes: '',
  mergedIntoId: null,
};

/** What the edit form produces from its prefilled values after a change. */
function edited(change: Partial<ReturnType<typeof registrationFromVolunteer>>) {
  const schema = registrationSchema({ today, minorRules: DEFAULT_MINOR_RULES });
  const values = schema.parse({ ...registrationFromVolunteer(volunteer), ...change });
  return registrationToDraft(values, {
    noticeVersion: '2025-01',
    now: 0,
    today,
    minorRules: DEFAULT_MINOR_RULES,
  });
}

describe('editing a registered volunteer', () => {
  it('prefills a form that passes the registration schema unchanged', () => {
    expect(volunteerEditPatch(volunteer, edited({}))).toEqual({});
  });

  it('reports only the changed phone, normalised', () => {
    expect(volunteerEditPatch(volunteer, edited({ phone: '139 1234 1111' }))).toEqual({
      phone: '13912341111',
    });
  });

  it('keeps the original consent when it is still given under a newer notice', () => {
    const patch = volunteerEditPatch(volunteer, edited({ address: '南营社区' }));
    expect(patch).toEqual({ address: '南营社区' });
  });

  it('removes a photo and says so in the change history', () => {
    const withPhoto = { ...volunteer, photo: 'data:image/png;base64,AAA' };
    const patch = volunteerEditPatch(withPhoto, { ...edited({}), photo: null });
    expect(patch).toEqual({ photo: null });
    const { before, after } = auditableChange(withPhoto, patch);
    expect(describeVolunteerChange(before, after)).toEqual(['照片：已移除']);
  });

  it('masks ID numbers and phones in the audit pair and leaves photo bytes out', () => {
    const change = auditableChange(volunteer, { phone: '13912341111', photo: 'data:image/png;base64,AAA' });
    expect(change).toEqual({
      before: { phone: '138****5678', photo: null },
      after: { phone: '139****1111', photo: '（照片）' },
    });
  });

  it('describes each changed field for the change history', () => {
    const change = auditableChange(volunteer, { phone: '13912341111', skills: ['书法', '摄影'] });
    expect(describeVolunteerChange(change.before, change.after)).toEqual([
      '手机号码：138****5678 → 139****1111',
      '特长：书法 → 书法、摄影',
    ]);
  });

  it('names teams and describes an empty value', () => {
    const lines = describeVolunteerChange({ teamIds: [] }, { teamIds: ['t1'] }, () => '文明交通志愿服务队');
    expect(lines).toEqual(['服务队：（空） → 文明交通志愿服务队']);
  });
});
