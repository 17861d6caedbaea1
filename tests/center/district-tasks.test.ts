import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDistrictLink } from '../../renderer/src/db/sync/district-http';
import { createTaskDesk, type TaskDesk } from '../../renderer/src/features/district-tasks/task-desk';
import { replicateUp, startCenterWithSites, type CenterServer } from './center-server';
import { GULOU_DISTRICT } from './gulou-district';

let center: CenterServer;
beforeAll(async () => {
  center = await startCenterWithSites(GULOU_DISTRICT);
}, 90_000);
afterAll(() => center?.stop());

const TODAY = '2026-11-20';
const NOW = Date.parse('2026-11-20T02:00:00Z');

/** A desk's 区级任务 over the real district link, with its own account on the stand-in center. */
async function taskDesk(db: string, username: string, password: string, actor: string): Promise<TaskDesk> {
  const link = createDistrictLink({ url: `${center.url}/${db}`, credential: { username, password } });
  const info = await link.info();
  if (!info) throw new Error('no district:info');
  let n = 0;
  return createTaskDesk({ link, info, now: () => NOW, newId: () => `${db}-${(n += 1)}`, actor: () => actor });
}

describe('中心制单、所站领单 through the stand-in center', { timeout: 30_000 }, () => {
  it('reaches the chosen 所, is claimed and completed there, and its figures come back up to the 中心', async () => {
    const gulou = await taskDesk('center-gulou', 'gulou-qiantai', 'gulou-pw-1', '王中心');
    const dongjie = await taskDesk('suo-dongjie', 'dongjie-qiantai', 'dongjie-pw-1', '李所');
    expect(gulou.targets.map((s) => s.db)).toEqual(['suo-dongjie']);
    const id = await gulou.publish(
      {
        kind: '活动',
        title: '重阳节敬老活动',
        detail: '走访辖区独居老人',
        dueDate: '2026-11-30',
        sites: ['suo-dongjie'],
      },
      TODAY,
    );

    const [sent, ...more] = await dongjie.siteTasks(TODAY);
    expect(more).toEqual([]);
    expect(sent).toMatchObject({ id, task: { title: '重阳节敬老活动', publishedBy: '王中心' } });
    await dongjie.claim(id);
    await dongjie.complete(id, { activities: 2, served: 45, serviceMinutes: 360, note: '两个小区' });

    // The 中心 reads claims from the district database, where the server's replicator carries them.
    await replicateUp(center, ['suo-dongjie'], 'district-gulou', 'claims:');
    const [row] = await gulou.centerBoard(TODAY);
    expect(row?.sites).toEqual([
      expect.objectContaining({
        site: 'suo-dongjie',
        state: '已完成',
        claim: expect.objectContaining({ claimedBy: '李所', completedBy: '李所' }),
      }),
    ]);
    expect(row?.totals).toMatchObject({ activities: 2, served: 45, serviceMinutes: 360 });
  });

  it('refuses a 所 publishing a task: only the 中心 sends tasks down', async () => {
    const dongjie = await taskDesk('suo-dongjie', 'dongjie-qiantai', 'dongjie-pw-1', '李所');
    const refused = await dongjie
      .publish(
        { kind: '服务单', title: '越权', detail: '', dueDate: '2026-11-30', sites: ['center-gulou'] },
        TODAY,
      )
      .catch((error: unknown) => error);
    expect(refused).toMatchObject({ message: expect.stringMatching(/[\u4e00-\u9fff]/) });
  });
});
