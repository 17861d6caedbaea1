import { startCenterWithSites, type CenterServer } from '../center/center-server';
import { expect, test } from './fixtures';
import { expectNoSeriousAxe } from './pages/axe';
import { DeskApp, SAMPLE_CENTER } from './pages/desk-app';
import { expectOnlyCheckpointMisses, recordNotFound, SyncSection } from './pages/sync-section';

const ACCOUNT = { username: 'e2e-qianta', password: 'e2e-pw-1' };
let center: CenterServer;

test.beforeAll(async () => {
  center = await startCenterWithSites({
    sites: [
      {
        db: 'site-e2e',
        name: '鼓楼',
        level: '中心',
        desks: [{ user: ACCOUNT.username, password: ACCOUNT.password }],
      },
    ],
    district: null,
  });
});
test.afterAll(() => center?.stop());

test('connects this desk to the center from 设置 → 同步, pauses, resumes and stops', async ({ page }) => {
  const app = new DeskApp(page);
  const missing = recordNotFound(page);
  await app.open();
  await app.completeSetup(SAMPLE_CENTER, false);
  await app.goTo('设置');
  const sync = new SyncSection(page);
  await expect(sync.state).toHaveText('未设置');

  // Errors show at their fields, in Chinese, and what was typed stays.
  await sync.fill({
    url: '192.168.1.10/center',
    deskName: '',
    deskCode: '甲',
    username: ACCOUNT.username,
    password: '',
  });
  await sync.button('保存并连接').click();
  await expect(sync.region).toContainText('以 http:// 或 https:// 开头');
  await expect(sync.region).toContainText('请填写本机名称');
  await expect(sync.region).toContainText('本机代号是一个英文字母');
  await expect(sync.region).toContainText('请填写密码');
  await expect(sync.field('账号')).toHaveValue(ACCOUNT.username);
  await expect(sync.field('中心地址')).toHaveValue('192.168.1.10/center');

  await sync.fill({ url: `${center.url}/site-e2e`, deskName: '前台', deskCode: 'a', ...ACCOUNT });
  await sync.button('保存并连接').click();
  await expect(sync.state).toHaveText('已连接', { timeout: 30_000 });
  await expect(sync.region).toContainText('待发送0 条');
  await expect(sync.field('密码')).toHaveValue('');
  await expect(sync.field('密码')).toHaveAttribute('placeholder', '已保存，不修改请留空');
  await expectNoSeriousAxe(page, '设置 → 同步');

  await sync.button('暂停同步').click();
  await expect(sync.state).toHaveText('已暂停');
  await sync.button('继续同步').click();
  await expect(sync.state).toHaveText('已连接', { timeout: 30_000 });

  await sync.button('停止同步').click();
  await expect(sync.stopDialog).toContainText('还没发送的修改会保留');
  await sync.stopDialog.getByRole('button', { name: '停止同步' }).click();
  await expect(sync.state).toHaveText('未设置');
  await expect(sync.button('暂停同步')).toHaveCount(0);
  expectOnlyCheckpointMisses(app.errors, missing);
});

test('refuses at its field a 本机代号 another desk of the center holds, naming that desk', async ({
  page,
}) => {
  // The office desk recorded B at the center when it was set up.
  const auth = `Basic ${Buffer.from(`${ACCOUNT.username}:${ACCOUNT.password}`).toString('base64')}`;
  const recorded = await fetch(`${center.url}/site-e2e/desk-code%3AB`, {
    method: 'PUT',
    headers: { authorization: auth, 'content-type': 'application/json' },
    body: JSON.stringify({ code: 'B', deskId: 'desk-office', deskName: '办公室' }),
  });
  expect(recorded.ok).toBe(true);
  const app = new DeskApp(page);
  await app.open();
  await app.completeSetup(SAMPLE_CENTER, false);
  await app.goTo('设置');
  const sync = new SyncSection(page);
  await sync.fill({ url: `${center.url}/site-e2e`, deskName: '前台', deskCode: 'b', ...ACCOUNT });
  await sync.button('保存并连接').click();
  await expect(sync.region).toContainText('本机代号 B 已由“办公室”使用');
  await expect(sync.field('本机代号')).toBeFocused();
  await expect(sync.field('本机代号')).toHaveAttribute('aria-invalid', 'true');
  await expect(sync.field('账号')).toHaveValue(ACCOUNT.username);
  await expect(sync.state).toHaveText('未设置');
  await expectNoSeriousAxe(page, '设置 → 同步, 本机代号 refused');

  await sync.field('本机代号').fill('C');
  await sync.button('保存并连接').click();
  await expect(sync.state).toHaveText('已连接', { timeout: 30_000 });
});
