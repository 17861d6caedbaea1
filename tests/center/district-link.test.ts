import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishFigures } from '../../renderer/src/db/sync/figures-publish';
import { readDistrictView } from '../../renderer/src/db/sync/district-view';
import { activityDraft } from '../db/activity-fixtures';
import { openTestDesk } from '../db/helpers';
import { createDistrictLink } from '../../renderer/src/db/sync/district-http';
import { DistrictError } from '../../renderer/src/db/sync/district-link';
import { replicateUp, startCenterWithSites, type CenterServer } from './center-server';
import { DONGJIE_INFO, GULOU_DISTRICT } from './gulou-district';

let center: CenterServer;
beforeAll(async () => {
  center = await startCenterWithSites(GULOU_DISTRICT);
}, 90_000);
afterAll(() => center?.stop());

const link = (db: string, username: string, password: string) =>
  createDistrictLink({ url: `${center.url}/${db}`, credential: { username, password } });
const centerDesk = () => link('center-gulou', 'gulou-qiantai', 'gulou-pw-1');
const suoDesk = () => link('suo-dongjie', 'dongjie-qiantai', 'dongjie-pw-1');

describe('the district link of a desk', { timeout: 30_000 }, () => {
  it('reads where its district is from its own site database', async () => {
    const info = await suoDesk().info();
    expect(info).toEqual(DONGJIE_INFO);
  });

  it('writes a document and writes it again on its current revision, then lists it by prefix', async () => {
    const desk = centerDesk();
    await desk.put('shared', { _id: 'tasks:t1', title: '重阳节敬老活动' });
    await desk.put('shared', { _id: 'tasks:t1', title: '重阳节敬老活动（改期）' });
    await desk.put('shared', { _id: 'templates:x', title: '不在前缀内' });
    const tasks = await suoDesk().list<{ title: string }>('shared', 'tasks:');
    expect(tasks.map((t) => [t._id, t.title])).toEqual([['tasks:t1', '重阳节敬老活动（改期）']]);
    expect(tasks[0]?._rev).toMatch(/^2-/);
  });

  it('says in Chinese when the account may not write there', async () => {
    const refused = await suoDesk()
      .put('shared', { _id: 'tasks:t2', title: '所不能发布' })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DistrictError);
    expect(refused).toMatchObject({ kind: 'denied', message: expect.stringMatching(/无权/) });
    const unread = await suoDesk()
      .list('district', 'figures:')
      .catch((error: unknown) => error);
    expect(unread).toMatchObject({ kind: 'denied' });
  });

  it('says the center cannot be reached when nothing answers', async () => {
    const gone = createDistrictLink({
      url: 'http://127.0.0.1:9/center-gulou',
      credential: { username: 'gulou-qiantai', password: 'gulou-pw-1' },
    });
    expect(await readDistrictView(gone, '2026-11-01', '2026-11-30')).toMatchObject({
      state: 'failed',
      kind: 'offline',
    });
    await expect(gone.info()).rejects.toMatchObject({
      kind: 'offline',
      message: expect.stringMatching(/连不上中心/),
    });
  });
});

/** The figures both sites published, carried up as the center's replicator would. */
const replicateFiguresUp = () =>
  replicateUp(center, ['center-gulou', 'suo-dongjie'], 'district-gulou', 'figures:');

describe('各所站汇总 from the figures each desk publishes', { timeout: 30_000 }, () => {
  it('sums per site the months a 中心 desk and a 所 desk published, with the 合计', async () => {
    const gulou = await openTestDesk('district-center');
    const dongjie = await openTestDesk('district-suo');
    await gulou.repos.activities.create(activityDraft('2026-10-05'));
    await gulou.repos.activities.create(activityDraft('2026-11-10'));
    await dongjie.repos.activities.create(activityDraft('2026-11-12', { participants: 12 }));
    const gulouLink = centerDesk();
    const dongjieLink = suoDesk();
    const gulouInfo = await gulouLink.info();
    const dongjieInfo = await dongjieLink.info();
    if (!gulouInfo || !dongjieInfo) throw new Error('district:info missing');
    const months = ['2026-10', '2026-11'];
    const by = (now: number) => ({ now, deskName: '前台' });
    expect(await publishFigures(gulou.db, gulouLink, gulouInfo, months, by(1000))).toEqual(months);
    expect(await publishFigures(dongjie.db, dongjieLink, dongjieInfo, months, by(2000))).toEqual(months);
    // Published again unchanged, nothing is written.
    expect(await publishFigures(gulou.db, gulouLink, gulouInfo, months, by(3000))).toEqual([]);
    await replicateFiguresUp();

    const view = await readDistrictView(gulouLink, '2026-10-01', '2026-11-30');
    if (view.state !== 'ready') throw new Error(`view is ${view.state}`);
    expect(
      view.rows.map((r) => [r.site.name, r.figures?.sessions, r.figures?.peopleReached, r.lastPublishedAt]),
    ).toEqual([
      ['鼓楼区中心', 2, 60, 1000],
      ['东街所', 1, 12, 2000],
    ]);
    expect(view.total).toMatchObject({ sessions: 3, peopleReached: 72 });
    const november = await readDistrictView(gulouLink, '2026-11-01', '2026-11-30');
    expect(november).toMatchObject({ state: 'ready', total: { sessions: 2, peopleReached: 42 } });

    expect(await readDistrictView(dongjieLink, '2026-10-01', '2026-11-30')).toEqual({ state: 'not-center' });
    expect(await readDistrictView(null, '2026-10-01', '2026-11-30')).toEqual({ state: 'no-center' });
    gulou.db.close();
    dongjie.db.close();
  });
});
