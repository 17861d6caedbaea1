import { chainEntry, type ChainHead } from '@shared/audit/chain';
import { checkBooking } from '@shared/booking/conflicts';
import { roomDayWith, type RoomDay } from '@shared/booking/room-days';
import { DEFAULT_BOOKING_RULES, bookingNumber, type BookingRules } from '@shared/booking/rules';
import type { Booking, Closure, NumberCounter, Room, Setting } from '@shared/model';
import { dateKey } from '@shared/time/center-time';
import { OVERLAP_LOOKBACK_MS } from '../../renderer/src/db/repos/booking-tx';
import { MAKEUP_DAYS } from '../../renderer/src/db/repos/closures';
import type { BookingFields } from '../../renderer/src/db/repos/bookings';

/** The [roomId+start] range a conflict check reads for [start, end) (same bounds as the app). */
function overlapRange(roomId: string, start: number, end: number): IDBKeyRange {
  return IDBKeyRange.bound([roomId, start - OVERLAP_LOOKBACK_MS], [roomId, end + 4 * 3_600_000], false, true);
}

/** Raw IndexedDB: the indexed overlap query alone, in its own read-only transaction on an open connection. */
export function rawOverlapQuery(
  idb: IDBDatabase,
  roomId: string,
  start: number,
  end: number,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = idb
      .transaction('bookings')
      .objectStore('bookings')
      .index('[roomId+start]')
      .getAll(overlapRange(roomId, start, end));
    req.onsuccess = () =>
      resolve((req.result as Booking[]).filter((b) => b.start < end && b.end > start).length);
    req.onerror = () => reject(req.error);
  });
}

/**
 * Raw IndexedDB doing what a save does, with no library: the same seven reads (room, rules, overlaps,
 * closures, number counter, the day's stored room use, the audit chain's head), the same check, the same
 * four writes (counter, booking, room use, chained audit entry), one strict-durability read-write
 * transaction. The floor any durable save with these rules can reach.
 */
export function rawCheckThenWrite(
  idb: IDBDatabase,
  input: BookingFields,
  id: string,
  now: number,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = idb.transaction(
      ['bookings', 'rooms', 'closures', 'counters', 'settings', 'auditLog', 'roomDays'],
      'readwrite',
      {
        durability: 'strict',
      },
    );
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('refused'));
    const year = dateKey(now).slice(0, 4);
    const results: unknown[] = [];
    let pending = 7;
    const read = (slot: number, req: IDBRequest) => {
      req.onsuccess = () => {
        results[slot] = req.result;
        pending -= 1;
        if (pending === 0) write();
      };
    };
    read(0, tx.objectStore('rooms').get(input.roomId));
    read(1, tx.objectStore('settings').index('key').get('bookingRules'));
    read(
      2,
      tx
        .objectStore('bookings')
        .index('[roomId+start]')
        .getAll(overlapRange(input.roomId, input.start, input.end)),
    );
    read(
      3,
      tx
        .objectStore('closures')
        .index('endDate')
        .getAll(IDBKeyRange.lowerBound(dateKey(input.start))),
    );
    read(4, tx.objectStore('counters').index('key').get(`YY-${year}`));
    read(5, tx.objectStore('roomDays').get(dateKey(input.start)));
    // The newest chained entry: the last key of the seq index.
    const head = tx.objectStore('auditLog').index('seq').openCursor(null, 'prev');
    head.onsuccess = () => {
      results[6] = head.result?.value;
      pending -= 1;
      if (pending === 0) write();
    };
    const write = () => {
      const setting = results[1] as Setting | undefined;
      const rules: BookingRules = {
        ...DEFAULT_BOOKING_RULES,
        ...((setting?.value as Partial<BookingRules>) ?? {}),
      };
      const problems = checkBooking({
        candidate: { ...input, id },
        room: results[0] as Room | undefined,
        others: results[2] as Booking[],
        closures: (results[3] as Closure[]).filter((c) => c.deletedAt === null),
        makeup: MAKEUP_DAYS,
        rules,
      });
      if (problems.length > 0) {
        tx.abort();
        return;
      }
      const counter = results[4] as NumberCounter | undefined;
      const last = (counter?.last ?? 0) + 1;
      const stamp = { createdAt: now, updatedAt: now, deletedAt: null, deskId: 'bench' };
      const row = {
        ...input,
        ...stamp,
        id,
        number: bookingNumber(`R${year}`, last),
        status: '已确认',
        actualAttendees: null,
        cancelReason: null,
        checkedInAt: null,
        seriesId: null,
      };
      tx.objectStore('counters').put({ ...stamp, id: counter?.id ?? `raw-${year}`, key: `YY-${year}`, last });
      tx.objectStore('bookings').add(row);
      const day = dateKey(input.start);
      const use = roomDayWith(day, results[5] as RoomDay | undefined, [row as Booking]);
      if (use) tx.objectStore('roomDays').put(use);
      const top = results[6] as ChainHead | undefined;
      const entry = {
        ...stamp,
        id: `${id}-audit`,
        at: now,
        actor: '前台',
        action: '新建预约',
        entity: 'bookings',
        entityId: id,
        before: null,
        after: row,
        reason: null,
      };
      tx.objectStore('auditLog').add(chainEntry(entry, top ? { seq: top.seq, hash: top.hash } : null));
    };
  });
}
