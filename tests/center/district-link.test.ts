import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDistrictLink } from '../../renderer/src/db/sync/district-http';
import { DistrictError } from '../../renderer/src/db/sync/district-link';
import { startCenterWithSites, type CenterServer } from './center-server';
import { GULOU_DISTRICT } from './gulou-district';

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
    expect(info).toEqual({
      district: 'district-gulou',
      shared: 'district-gulou-shared',
      site: { db: 'suo-dongjie', name: '东街所', level: '所' },
      sites: [
        { db: 'center-gulou', name: '鼓楼区中心', level: '中心' },
        { db: 'suo-dongjie', name: '东街所', level: '所' },
      ],
    });
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
    await expect(gone.info()).rejects.toMatchObject({
      kind: 'offline',
      message: expect.stringMatching(/连不上中心/),
    });
  });
});
