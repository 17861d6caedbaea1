import { describe, expect, it } from 'vitest';
import {
  fillPlaceholders,
  missingPlaceholders,
  placeholdersIn,
  unknownPlaceholders,
} from '@shared/documents/placeholders';
import { BUILTIN_TEMPLATES } from '@shared/documents/defaults';
import { isVariableElement, layoutTexts, templateLayoutSchema } from '@shared/documents/template';
import {
  confirmedServiceLines,
  identityValues,
  serviceValues,
  SAMPLE_VALUES,
} from '@shared/documents/content';
import type { ServiceRecord, Volunteer } from '@shared/model';

function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value');
  return value;
}

const record = (over: Partial<ServiceRecord>): ServiceRecord =>
  ({
    id: 'r',
    createdAt: 0,
    updatedAt: 0,
    deletedAt: null,
    deskId: 'd',
    volunteerId: 'v1',
    activityId: 'a1',
    bookingId: null,
    post: '路口劝导',
    projectName: '文明交通劝导',
    place: '东街口',
    serviceObject: '行人',
    content: '劝导',
    signInAt: Date.UTC(2026, 10, 8, 0, 0),
    signOutAt: Date.UTC(2026, 10, 8, 1, 30),
    creditedMinutes: 90,
    rules: null,
    evaluation: '好',
    leader: '王',
    recorder: '林',
    status: '已确认',
    flaggedForReview: false,
    manualReason: null,
    ...over,
  }) as ServiceRecord;

describe('placeholder filling', () => {
  it('fills every occurrence and keeps characters outside the main font intact', () => {
    expect(
      fillPlaceholders('{{姓名}}同志：感谢{{姓名}}服务{{服务时长}}小时', { 姓名: '张𠮷', 服务时长: '12.5' }),
    ).toBe('张𠮷同志：感谢张𠮷服务12.5小时');
  });

  it('never prints braces: an unknown or empty placeholder becomes empty', () => {
    expect(fillPlaceholders('致{{致函单位}}：{{ 姓名 }}', { 姓名: '李华' })).toBe('致：李华');
  });

  it('lists the placeholders a text uses once each, in order', () => {
    expect(placeholdersIn('{{姓名}}{{服务时长}}{{姓名}}')).toEqual(['姓名', '服务时长']);
    expect(unknownPlaceholders('{{姓明}}与{{姓名}}')).toEqual(['姓明']);
  });
});

describe('missing-data detection', () => {
  it('names each placeholder whose value is missing or blank', () => {
    expect(
      missingPlaceholders(['{{姓名}}：{{表彰事由}}', '{{荣誉称号}}'], { 姓名: '李华', 表彰事由: '  ' }),
    ).toEqual(['表彰事由', '荣誉称号']);
  });

  it('finds nothing missing when the sample data fills every built-in template', () => {
    expect(BUILTIN_TEMPLATES.map((t) => t.id)).toEqual([
      'builtin:thanks-volunteer',
      'builtin:thanks-unit',
      'builtin:honour-a4',
      'builtin:honour-a3',
      'builtin:proof',
    ]);
    for (const t of BUILTIN_TEMPLATES) {
      // The texts do use placeholders, so "nothing missing" is about real values.
      expect(placeholdersIn(layoutTexts(t.layout).join('\n')), t.name).toEqual(
        expect.arrayContaining(['姓名', '编号']),
      );
      expect(missingPlaceholders(layoutTexts(t.layout), SAMPLE_VALUES), t.name).toEqual([]);
      expect(templateLayoutSchema.safeParse(t.layout).success, t.name).toBe(true);
    }
  });

  it('flags a volunteer with no confirmed service for hours-based documents', () => {
    const lines = confirmedServiceLines([record({ status: '待确认' }), record({ status: '作废' })]);
    const proof = BUILTIN_TEMPLATES.find((t) => t.kind === '志愿服务记录证明');
    expect(
      missingPlaceholders(layoutTexts(must(proof).layout), { ...SAMPLE_VALUES, ...serviceValues(lines) }),
    ).toEqual(expect.arrayContaining(['服务时长', '服务次数']));
  });
});

describe('certificate content', () => {
  it('counts only confirmed, credited, unflagged records', () => {
    const lines = confirmedServiceLines([
      record({ id: 'a' }),
      record({ id: 'b', status: '待确认' }),
      record({ id: 'c', flaggedForReview: true }),
      record({ id: 'd', deletedAt: 5 }),
      record({
        id: 'e',
        signInAt: Date.UTC(2026, 10, 15, 0, 0),
        creditedMinutes: 60,
        projectName: '道德讲堂',
      }),
    ]);
    expect(serviceValues(lines)).toEqual({
      服务时长: '2.5',
      服务次数: '2',
      服务期间: '2026年11月8日至2026年11月15日',
      服务内容: '“文明交通劝导”、“道德讲堂”',
    });
  });

  it('masks the ID number unless the full number is asked for', () => {
    const v = {
      name: '李华',
      gender: '女',
      idType: '居民身份证',
      idNumber: '110105199001011234',
      volunteerNo: 'ZYZ000001',
    } as Pick<Volunteer, 'name' | 'gender' | 'idType' | 'idNumber' | 'volunteerNo'>;
    expect(identityValues(v, false)['证件号码']).toBe('110105********1234');
    expect(identityValues(v, true)['证件号码']).toBe('110105199001011234');
  });

  it('prints on pre-printed stock only what changes per document', () => {
    const honour = must(BUILTIN_TEMPLATES.find((t) => t.id === 'builtin:honour-a4'));
    const variable = honour.layout.elements.filter(isVariableElement).map((e) => e.id);
    expect(variable).toEqual(
      expect.arrayContaining(['recipient', 'reason', 'issuer', 'date', 'number', 'qr']),
    );
    expect(variable).not.toContain('title');
    expect(variable).not.toContain('frame');
    expect(variable).not.toContain('closing');
  });
});
