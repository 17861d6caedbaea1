import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { booking } from '../unit/booking-fixture';
import { closeDesks, converge, syncVolunteer, twoDesks } from './sync-desks';

afterEach(closeDesks);

describe('conflicting revisions by table policy', () => {
  it("gives a booking the owning desk's version at both desks, and still keeps the conflict", async () => {
    const { a, b, hub } = await twoDesks((d) =>
      d.db.bookings.put(booking(9 * 60, 10 * 60, { id: 'k1', title: '原标题', deskId: 'desk-a' })),
    );
    await a.db.bookings.update('k1', { title: '甲改' });
    await b.db.bookings.update('k1', { title: '乙改' });
    await converge(a, b, hub);
    for (const d of [a, b]) {
      expect((await d.db.bookings.get('k1'))?.title).toBe('甲改');
      expect(await d.db.syncConflicts.count()).toBe(1);
    }
  });

  it('merges a volunteer changed at both desks field by field, keeping only a clashing field for staff', async () => {
    const { a, b, hub } = await twoDesks((d) => d.db.volunteers.put(syncVolunteer()));
    await a.db.volunteers.update('v1', { phone: '13900000009', name: '张叁' });
    await b.db.volunteers.update('v1', { address: '鼓楼区', name: '章三' });
    await converge(a, b, hub);
    expect(await a.db.volunteers.get('v1')).toMatchObject({
      phone: '13900000009',
      address: '鼓楼区',
      name: '张叁',
    });
    expect(await b.db.volunteers.get('v1')).toMatchObject({
      phone: '13900000009',
      address: '鼓楼区',
      name: '章三',
    });
    for (const d of [a, b]) {
      const [conflict, ...more] = await d.db.syncConflicts.toArray();
      expect(more).toEqual([]);
      expect(
        conflict?.versions
          .map((v) => v.value)
          .sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y))),
      ).toEqual([{ name: '张叁' }, { name: '章三' }]);
    }
  });
});
