import { describe, expect, it } from 'vitest';
import type { DistrictSite } from '../../renderer/src/db/sync/district-link';
import { createTaskDesk, type TaskDesk } from '../../renderer/src/features/district-tasks/task-desk';
import { createFakeDistrict, type FakeDistrict } from '../support/fake-district-link';

const TODAY = '2026-12-03';
const SITES: DistrictSite[] = [
  { db: 'center-gulou', name: '鼓楼区新时代文明实践中心', level: '中心' },
  { db: 'suo-dongjie', name: '东街街道实践所', level: '所' },
  { db: 'zhan-nanmen', name: '南门社区实践站', level: '站' },
];

async function deskAt(district: FakeDistrict, siteDb: string, actor: string): Promise<TaskDesk> {
  const link = district.linkFor(siteDb);
  const info = await link.info();
  if (!info) throw new Error('no district');
  let seq = 0;
  return createTaskDesk({
    link,
    info,
    now: () => Date.UTC(2026, 11, 3, 2) + seq,
    newId: () => `task-${++seq}`,
    actor: () => actor,
  });
}

async function threeDesks() {
  const district = createFakeDistrict(SITES);
  return {
    district,
    center: await deskAt(district, 'center-gulou', '王芳'),
    dongjie: await deskAt(district, 'suo-dongjie', '李强'),
    nanmen: await deskAt(district, 'zhan-nanmen', '陈静'),
  };
}

const task = { kind: '活动' as const, title: '冬季送温暖', detail: '走访独居老人', dueDate: '2026-12-20' };

describe('中心制单、所站领单 over the district link', () => {
  it('offers the center every 所 and 站 but itself', async () => {
    const { center } = await threeDesks();
    expect(center.targets.map((s) => s.db)).toEqual(['suo-dongjie', 'zhan-nanmen']);
  });

  it('publish → only the chosen 所 sees it → claim → complete → the center sees 已完成 and the figures', async () => {
    const { district, center, dongjie, nanmen } = await threeDesks();
    const id = await center.publish({ ...task, sites: ['suo-dongjie'] }, TODAY);

    const [published] = await center.centerBoard(TODAY);
    expect(published?.task).toMatchObject({
      title: '冬季送温暖',
      publishedBy: '王芳',
      fromSite: 'center-gulou',
    });
    expect(published?.sites.map((s) => [s.siteName, s.state])).toEqual([['东街街道实践所', '未领取']]);
    expect(await nanmen.siteTasks(TODAY)).toEqual([]);
    expect((await dongjie.siteTasks(TODAY)).map((r) => [r.id, r.state])).toEqual([[id, '未领取']]);

    await dongjie.claim(id);
    expect((await dongjie.siteTasks(TODAY))[0]?.claim).toMatchObject({ status: '已领取', claimedBy: '李强' });
    // The claim is in the 所's own database: the center sees it once the server's replicator carries it up.
    expect(district.docs('suo-dongjie').map((d) => d._id)).toEqual([`claims:${id}:suo-dongjie`]);
    expect((await center.centerBoard(TODAY))[0]?.sites[0]?.state).toBe('未领取');
    district.replicate();
    expect((await center.centerBoard(TODAY))[0]?.sites[0]?.state).toBe('已领取');

    await dongjie.complete(id, { activities: 2, served: 45, serviceMinutes: 180, note: '走访12户' });
    district.replicate();
    const [row] = await center.centerBoard(TODAY);
    expect(row?.sites[0]).toMatchObject({
      state: '已完成',
      claim: {
        completedBy: '李强',
        note: '走访12户',
        figures: { activities: 2, served: 45, serviceMinutes: 180 },
      },
    });
    expect(row?.totals).toEqual({ activities: 2, served: 45, serviceMinutes: 180 });
  });

  it('refuses a bad task with the form’s message, writing nothing', async () => {
    const { district, center } = await threeDesks();
    await expect(center.publish({ ...task, title: '', sites: ['suo-dongjie'] }, TODAY)).rejects.toThrow(
      '标题必填',
    );
    await expect(center.publish({ ...task, sites: ['center-gulou'] }, TODAY)).rejects.toThrow(
      '所选的所或站已不在本区，请重新选择',
    );
    expect(district.docs('district-gulou-shared')).toEqual([]);
  });

  it('keeps the first claim when a site’s second desk claims again', async () => {
    const { district, dongjie } = await threeDesks();
    const center = await deskAt(district, 'center-gulou', '王芳');
    const id = await center.publish({ ...task, sites: ['suo-dongjie'] }, TODAY);
    await dongjie.claim(id);
    const office = await deskAt(district, 'suo-dongjie', '赵敏');
    await office.claim(id);
    expect((await office.siteTasks(TODAY))[0]?.claim?.claimedBy).toBe('李强');
  });

  it('will not complete what was not claimed, nor claim a task sent elsewhere', async () => {
    const { center, dongjie, nanmen } = await threeDesks();
    const id = await center.publish({ ...task, sites: ['suo-dongjie'] }, TODAY);
    await expect(
      dongjie.complete(id, { activities: 1, served: 1, serviceMinutes: 1, note: '' }),
    ).rejects.toThrow('请先领取这项任务');
    await expect(nanmen.claim(id)).rejects.toThrow('这项任务没有下发给本所（站）');
  });

  it('withdraws: an unclaimed site no longer lists it, a claiming one sees it withdrawn and cannot claim anew', async () => {
    const { center, dongjie, nanmen } = await threeDesks();
    const id = await center.publish({ ...task, sites: ['suo-dongjie', 'zhan-nanmen'] }, TODAY);
    await dongjie.claim(id);
    await center.withdraw(id);
    expect((await center.centerBoard(TODAY))[0]?.withdrawn).toBe(true);
    expect((await dongjie.siteTasks(TODAY))[0]?.withdrawn).toBe(true);
    expect(await nanmen.siteTasks(TODAY)).toEqual([]);
    await expect(nanmen.claim(id)).rejects.toThrow('这项任务已被中心撤回，不能领取');
  });

  it('keeps each side to its role', async () => {
    const { center, dongjie } = await threeDesks();
    await expect(dongjie.publish({ ...task, sites: ['suo-dongjie'] }, TODAY)).rejects.toMatchObject({
      kind: 'denied',
    });
    await expect(center.claim('x')).rejects.toMatchObject({ kind: 'denied' });
  });

  it('passes the link’s offline error on, for the screen to offer 重试', async () => {
    const { district, dongjie } = await threeDesks();
    district.offline = true;
    await expect(dongjie.siteTasks(TODAY)).rejects.toMatchObject({ kind: 'offline' });
  });
});
