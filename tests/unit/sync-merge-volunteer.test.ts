import { describe, expect, it } from 'vitest';
import type { Volunteer } from '@shared/model';
import { chooseFields, mergeVolunteer } from '@shared/sync/merge-volunteer';

const AT = Date.UTC(2026, 0, 5);
const base: Volunteer = {
  id: 'v1',
  createdAt: AT,
  updatedAt: AT,
  deletedAt: null,
  deskId: 'desk-a',
  volunteerNo: 'ZYZ000123',
  name: '张三',
  idType: '居民身份证',
  idNumber: '11010519491231002X',
  gender: '男',
  birthDate: '1949-12-31',
  phone: '13812345678',
  politicalStatus: '群众',
  address: '鼓楼区东街道',
  workUnit: '退休',
  skills: ['书法'],
  intentions: ['助老'],
  availability: '周末',
  teamIds: ['t1'],
  emergencyContact: null,
  guardian: null,
  photo: null,
  consent: null,
  searchKeys: ['张三', '5678'],
  notes: '',
};
const local = (patch: Partial<Volunteer>): Volunteer => ({
  ...base,
  deskId: 'desk-a',
  updatedAt: AT + 10,
  ...patch,
});
const remote = (patch: Partial<Volunteer>): Volunteer => ({
  ...base,
  deskId: 'desk-b',
  updatedAt: AT + 20,
  ...patch,
});

describe('mergeVolunteer', () => {
  it('takes each side’s changes to different fields, with no conflict', () => {
    const { merged, conflicts } = mergeVolunteer(
      base,
      local({ phone: '13900000000', skills: ['书法', '摄影'] }),
      remote({ address: '台江区', teamIds: ['t1', 't2'] }),
    );
    expect(conflicts).toEqual([]);
    expect(merged).toMatchObject({
      phone: '13900000000',
      skills: ['书法', '摄影'],
      address: '台江区',
      teamIds: ['t1', 't2'],
      name: '张三',
    });
  });

  it('reports a field both sides changed differently, keeping the local value until staff choose', () => {
    const { merged, conflicts } = mergeVolunteer(
      base,
      local({ name: '张叁', notes: '本机' }),
      remote({ name: '张仨', notes: '本机' }),
    );
    expect(conflicts).toEqual([{ field: 'name', base: '张三', local: '张叁', remote: '张仨' }]);
    expect(merged.name).toBe('张叁');
    expect(merged.notes).toBe('本机');
  });

  it('compares nested values by content, not by object identity', () => {
    const contact = { name: '李四', phone: '13900001111' };
    const { conflicts } = mergeVolunteer(
      base,
      local({ emergencyContact: { ...contact } }),
      remote({ emergencyContact: { phone: contact.phone, name: contact.name } }),
    );
    expect(conflicts).toEqual([]);
  });

  it('counts a field added on one side only, and treats every difference as a conflict without a base', () => {
    expect(mergeVolunteer(base, local({}), remote({ mergedIntoId: 'v2' })).merged.mergedIntoId).toBe('v2');
    const { conflicts } = mergeVolunteer(null, local({ phone: '1' }), remote({ phone: '2', address: 'x' }));
    expect(conflicts.map((c) => c.field)).toEqual(['address', 'phone']);
  });

  it('keeps the earliest creation, the latest update and both sides’ search keys, never as conflicts', () => {
    const { merged, conflicts } = mergeVolunteer(
      base,
      local({ createdAt: AT - 5, searchKeys: ['张叁'] }),
      remote({ searchKeys: ['张三', '0000'] }),
    );
    expect(conflicts).toEqual([]);
    expect(merged.createdAt).toBe(AT - 5);
    expect(merged.updatedAt).toBe(AT + 20);
    expect(merged.searchKeys.sort()).toEqual(['0000', '张三', '张叁'].sort());
  });

  it('applies staff’s choice per conflicting field', () => {
    const result = mergeVolunteer(
      base,
      local({ name: '张叁', phone: '1' }),
      remote({ name: '张仨', phone: '2' }),
    );
    const chosen = chooseFields(result, { name: 'remote' });
    expect(chosen.name).toBe('张仨');
    expect(chosen.phone).toBe('1');
  });
});
