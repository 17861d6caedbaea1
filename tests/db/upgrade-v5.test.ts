import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { generateDemoData } from '@shared/demo';
import { createDatabase, openDatabase, type DeskDatabase } from '../../renderer/src/db';
import { LATEST_SCHEMA_VERSION, SCHEMA_HISTORY } from '../../renderer/src/db/schema';
import { uniqueDbName } from './helpers';

const opened: DeskDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

describe('upgrading a v5 database', () => {
  it('gives the activities stored before v6 the empty fields of a full 活动记录, keeping what they had', async () => {
    const name = uniqueDbName('v5');
    const v5 = createDatabase(name, SCHEMA_HISTORY.slice(0, 5));
    await v5.open();
    const demo = generateDemoData({ now: Date.UTC(2026, 10, 22, 2), seed: 7, deskId: 'desk-v5' });
    const [first] = demo.activities;
    if (!first) throw new Error('demo has activities');
    // The shape a v5 app wrote: none of the v6 fields.
    const v6Fields = [
      'projectId',
      'stationId',
      'orderId',
      'organisationId',
      'serviceObject',
      'content',
      'evaluation',
      'leader',
      'photoIds',
    ];
    const v5Row = Object.fromEntries(Object.entries(first).filter(([key]) => !v6Fields.includes(key)));
    await v5.activities.add(v5Row as never);
    v5.close();

    const db = createDatabase(name);
    opened.push(db);
    expect(await openDatabase(db)).toEqual({ status: 'ok' });
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    const after = await db.activities.get(first.id);
    expect(after).toMatchObject({ title: first.title, participants: first.participants });
    expect(after?.updatedAt).toBe(first.updatedAt);
    expect(after?.photoIds).toEqual([]);
    expect(after?.projectId).toBeNull();
    expect(await db.activities.where('projectId').equals('x').count()).toBe(0);
  });
});
