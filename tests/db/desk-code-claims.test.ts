import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { CenterConfig } from '@shared/sync/center/plan';
import { claimDeskCode, DeskCodeTakenError } from '../../renderer/src/db/sync/desk-codes';
import { createDistrictLink } from '../../renderer/src/db/sync/district-http';
import type { DistrictDbName, DistrictLink } from '../../renderer/src/db/sync/district-link';
import { closeDeskSyncs, deskWithSync } from './desk-sync-services';
import { centerForFile, until } from './sync-desks';

const FRONT = { username: 'codes-front', password: 'codes-front-pw' };
const OFFICE = { username: 'codes-office', password: 'codes-office-pw' };
const config: CenterConfig = {
  sites: [
    {
      db: 'site-codes',
      name: '代号',
      level: '中心',
      desks: [
        { user: FRONT.username, password: FRONT.password },
        { user: OFFICE.username, password: OFFICE.password },
      ],
    },
  ],
  district: null,
};
const center = centerForFile(config);

afterEach(closeDeskSyncs);

const deskNamed = async (deskId: string) => (await deskWithSync({ deskId })).sync;

const setupOf = (account: { username: string }, deskName: string, deskCode: string) => ({
  url: `${center.url}/site-codes`,
  deskName,
  deskCode,
  username: account.username,
});

/** Writes the code's record at the center as `account`, on top of whatever it holds. */
async function recordAtCenter(
  account: typeof FRONT,
  entry: { code: string; deskId: string; deskName: string },
) {
  const headers = {
    authorization: `Basic ${Buffer.from(`${account.username}:${account.password}`).toString('base64')}`,
    'content-type': 'application/json',
  };
  const url = `${center.url}/site-codes/${encodeURIComponent(`desk-code:${entry.code}`)}`;
  const held = (await (await fetch(url, { headers })).json()) as { _rev?: string };
  const res = await fetch(url, { method: 'PUT', headers, body: JSON.stringify({ ...held, ...entry }) });
  expect(res.ok).toBe(true);
}

describe('本机代号 across the desks of one center', { timeout: 30_000 }, () => {
  it('refuses a code another desk holds, naming that desk, and leaves this desk as it was', async () => {
    const front = await deskNamed('desk-front');
    const office = await deskNamed('desk-office');
    await front.save(setupOf(FRONT, '前台', 'B'), FRONT.password);

    const refused = office.save(setupOf(OFFICE, '办公室', 'B'), OFFICE.password);
    await expect(refused).rejects.toBeInstanceOf(DeskCodeTakenError);
    await expect(refused).rejects.toThrow('本机代号 B 已由“前台”使用');
    expect(await office.setup()).toEqual({ center: null, passwordSaved: false, enabled: false });

    await office.save(setupOf(OFFICE, '办公室', 'C'), OFFICE.password);
    expect((await office.setup()).center?.deskCode).toBe('C');
  });

  it('frees the code a desk gave up, and lets the desk save its own code again', async () => {
    const front = await deskNamed('desk-front');
    const office = await deskNamed('desk-office');
    await front.save(setupOf(FRONT, '前台', 'B'), FRONT.password);
    await front.save(setupOf(FRONT, '前台', 'B'), '');
    await front.save(setupOf(FRONT, '前台', 'D'), '');
    await office.save(setupOf(OFFICE, '办公室', 'B'), OFFICE.password);
    expect((await office.setup()).center?.deskCode).toBe('B');
  });

  it('gives a free code to one of two desks taking it at the same moment, and names that desk to the other', async () => {
    // Both desks read the center's records before either writes: the moment a check alone lets both through.
    let read = 0;
    let release: () => void = () => undefined;
    const bothRead = new Promise<void>((resolve) => (release = resolve));
    const racing = (account: typeof FRONT): DistrictLink => {
      const link = createDistrictLink({ url: `${center.url}/site-codes`, credential: account });
      return {
        ...link,
        list: async <T>(db: DistrictDbName, prefix: string) => {
          const docs = await link.list<T>(db, prefix);
          read += 1;
          if (read === 2) release();
          await bothRead;
          return docs;
        },
      };
    };
    const [front, office] = await Promise.all([
      claimDeskCode(racing(FRONT), { code: 'F', deskId: 'desk-front', deskName: '前台' }),
      claimDeskCode(racing(OFFICE), { code: 'F', deskId: 'desk-office', deskName: '办公室' }),
    ]);
    const winner = front === null ? 'desk-front' : 'desk-office';
    expect([front, office].filter((holder) => holder === null)).toHaveLength(1);
    expect((front ?? office)?.deskId).toBe(winner);
  });

  it('warns at connect when another desk has meanwhile taken this desk’s code', async () => {
    const front = await deskNamed('desk-front');
    await front.save(setupOf(FRONT, '前台', 'E'), FRONT.password);
    await until('connected', () => front.snapshot().state === '已连接');
    expect(front.snapshot().deskCodeClash).toBeNull();
    // Set up while the center was out of reach, the office took E too.
    await recordAtCenter(OFFICE, { code: 'E', deskId: 'desk-office', deskName: '办公室' });
    await front.close();
    await front.connect();
    await until('warned', () => front.snapshot().deskCodeClash !== null);
    expect(front.snapshot().deskCodeClash).toContain('本机代号 E 已由“办公室”使用');
  });
});
