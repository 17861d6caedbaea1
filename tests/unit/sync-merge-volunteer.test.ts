import { describe, expect, it } from 'vitest';
import { stampNew, type Volunteer } from '@shared/model';
import { chooseFields, mergeVolunteer } from '@shared/sync/merge-volunteer';
import { volunteerDraft } from '../db/volunteer-fixtures';

const AT = Date.UTC(2026, 0, 5);
// A stored volunteer: the db tests' draft, stamped as a repository would.
const base: Volunteer = {
  ...stampNew(
    volunteerDraft(123, AT, { name: '张三', address: '鼓楼区东街道', skills: ['书法'], teamIds: ['t1'] }),
    { id: 'v1', now: AT, deskId: 'desk-a' },
  ),
  volunteerNo: 'ZYZ000123',
  searchKeys: ['张三', '5678'],
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

  it('names the later writer’s desk, and the same desk whichever side merges', () => {
    const [mine, theirs] = [local({ updatedAt: AT + 30 }), remote({})];
    expect(mergeVolunteer(base, mine, theirs).merged.deskId).toBe('desk-a');
    expect(mergeVolunteer(base, theirs, mine).merged.deskId).toBe('desk-a');
    const [tiedA, tiedB] = [local({ updatedAt: AT + 20 }), remote({})];
    expect(mergeVolunteer(base, tiedB, tiedA).merged.deskId).toBe('desk-a');
    expect(mergeVolunteer(base, tiedA, tiedB).merged.deskId).toBe('desk-a');
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
