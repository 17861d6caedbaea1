import { describe, expect, it } from 'vitest';
import { makeIdNumber } from '@shared/identity/id-card';
import type { Volunteer } from '@shared/model';
import { maskIdNumber, maskPhone } from '@shared/privacy/mask';
import {
  anonymisedName,
  anonymisedVolunteer,
  ERASED_MARKER,
  erasedValues,
  isAnonymised,
  PERSONAL_FIELDS,
  retentionCutoff,
  scrubValue,
} from '@shared/volunteers/anonymise';
import { fromDateAndMinutes } from '@shared/time/center-time';

const AT = Date.UTC(2025, 0, 5);
const NOW = Date.UTC(2026, 10, 22);
const ID = makeIdNumber({ addressCode: '350102', birthDate: '20120101', sequence: 123 });
const volunteer: Volunteer = {
  id: 'v1',
  createdAt: AT,
  updatedAt: AT,
  deletedAt: null,
  deskId: 'd',
  volunteerNo: 'ZYZ000123',
  name: '张三丰',
  idType: '居民身份证',
  idNumber: ID,
  gender: '男',
  birthDate: '2012-01-01',
  phone: '13812345678',
  politicalStatus: '共青团员',
  address: '鼓楼区东街道三坊七巷12号',
  workUnit: '鼓楼第一中学',
  skills: ['书法'],
  intentions: ['助老'],
  availability: '周末',
  teamIds: ['t1'],
  emergencyContact: { name: '李四', phone: '13900001111' },
  guardian: { name: '张大山', relation: '父亲', phone: '13700002222', consentAt: AT, accompanies: true },
  photo: 'data:image/png;base64,AAAA',
  consent: { noticeVersion: '2024-01', consentedAt: AT, idNumberConsent: true },
  searchKeys: ['张三丰', '5678', 'zhangsanfeng', 'zyz000123'],
  notes: '对花粉过敏',
  mergedIntoId: null,
};

describe('the anonymised volunteer row', () => {
  const row = anonymisedVolunteer(volunteer, NOW);

  it('keeps the id, the volunteer number and team memberships, so records and totals still add up', () => {
    expect([row.id, row.volunteerNo, row.teamIds, row.createdAt]).toEqual(['v1', 'ZYZ000123', ['t1'], AT]);
  });

  it('is shown under a placeholder with the number', () => {
    expect(row.name).toBe('已注销志愿者 ZYZ000123');
    expect(anonymisedName('ZYZ000001')).toBe('已注销志愿者 ZYZ000001');
  });

  it('holds no personal field and no personal value anywhere in the row', () => {
    expect(row).toMatchObject({
      idNumber: '',
      phone: '',
      gender: null,
      birthDate: null,
      address: '',
      workUnit: '',
      skills: [],
      intentions: [],
      availability: '',
      emergencyContact: null,
      guardian: null,
      photo: null,
      consent: null,
      notes: '',
    });
    const json = JSON.stringify(row);
    for (const value of [ID, '13812345678', '张三丰', '张大山', '李四', '三坊七巷', '花粉', 'zhangsanfeng'])
      expect(json).not.toContain(value);
  });

  it('is searchable only by its number', () => {
    expect(row.searchKeys).toEqual(['zyz000123']);
  });

  it('is marked anonymised and deleted at that time; an earlier deletion time is kept', () => {
    expect([isAnonymised(row), row.anonymisedAt, row.deletedAt]).toEqual([true, NOW, NOW]);
    expect(isAnonymised(volunteer)).toBe(false);
    expect(anonymisedVolunteer({ ...volunteer, deletedAt: AT }, NOW).deletedAt).toBe(AT);
  });
});

describe('erased values and scrubbing', () => {
  it('lists name, ID and phones in full and masked, longest first', () => {
    const values = erasedValues(volunteer);
    for (const v of [
      '张三丰',
      ID,
      maskIdNumber(ID),
      '13812345678',
      maskPhone('13812345678'),
      '张大山',
      '13700002222',
      '李四',
    ])
      expect(values).toContain(v);
    expect(values.indexOf(ID)).toBeLessThan(values.indexOf('张三丰'));
  });

  it('leaves out one-character values that would match unrelated text', () => {
    expect(erasedValues({ ...volunteer, name: '王', address: '' })).not.toContain('王');
  });

  it('replaces personal keys by a marker and quoted values by the placeholder, keeping the rest', () => {
    const before = {
      volunteerNo: 'ZYZ000123',
      name: '张三丰',
      guardian: { name: '张大山', phone: '137****2222' },
      teamIds: ['t1'],
      remark: '张三丰的电话 13812345678',
    };
    expect(scrubValue(before, erasedValues(volunteer), 'X', PERSONAL_FIELDS)).toEqual({
      volunteerNo: 'ZYZ000123',
      name: ERASED_MARKER,
      guardian: ERASED_MARKER,
      teamIds: ['t1'],
      remark: 'X的电话 X',
    });
  });
});

describe('retention cutoff', () => {
  it('is the start of the day the given number of years (of 365 days) before today', () => {
    expect(retentionCutoff('2026-11-22', 3)).toBe(fromDateAndMinutes('2023-11-23', 0));
    expect(retentionCutoff('2026-11-22', 1)).toBe(fromDateAndMinutes('2025-11-22', 0));
  });
});
