import { expect, test } from './fixtures';
import { expectNoSeriousAxe } from './pages/axe';
import { DEFAULT_ADMIN, DeskApp, SAMPLE_CENTER } from './pages/desk-app';
import { SyncSection } from './pages/sync-section';
import { injectSeed } from './seed/seed';

test('lists kept conflicts in 设置 → 同步 and resolves them by keyboard, whole or field by field, audited', async ({
  page,
}) => {
  const app = new DeskApp(page);
  await app.open();
  await app.completeSetup(SAMPLE_CENTER, false);
  await injectSeed(page);
  // The office desk changed 张三's phone while this desk changed it too: the engine kept both versions.
  const [volunteerId, secondId] = await page.evaluate(async () => {
    const v = await window.deskSeed.volunteer({ name: '张三', idNumber: '', phone: '13800000001' });
    const deskId = String(await (await window.deskSeed.repos()).settings.get('deskId'));
    const by = (d: string, actor: string, at: number) => ({
      deskId: d,
      ...(d === deskId ? {} : { deskName: '办公室' }),
      actor,
      at,
      deleted: false,
    });
    await window.deskSeed.syncConflict('volunteers', v.id, [
      { rev: '', ...by(deskId, '王管理', Date.now() - 60_000), value: { ...v, phone: '13800000009' } },
      {
        rev: '2-ab',
        ...by('desk-office-7f3a', '李明', Date.now() - 120_000),
        value: { ...v, phone: '13900000002' },
      },
    ]);
    // A merge kept only the fields both desks changed: each is chosen on its own.
    const w = await window.deskSeed.volunteer({ name: '李四', idNumber: '', phone: '13700000001' });
    await window.deskSeed.syncConflict('volunteers', w.id, [
      { rev: '', ...by(deskId, '王管理', Date.now()), value: { phone: '13700000009', address: '东街' } },
      {
        rev: '3-cd',
        ...by('desk-office-7f3a', '李明', Date.now()),
        value: { phone: '13700000002', address: '鼓楼区' },
      },
    ]);
    return [v.id, w.id];
  });

  await app.goTo('设置');
  const sync = new SyncSection(page);
  const show = sync.region.getByRole('button', { name: '查看冲突' });
  await show.focus();
  await page.keyboard.press('Enter');
  const drawer = page.getByRole('dialog', { name: '同步冲突' });
  const conflict = drawer.getByRole('group', { name: '志愿者“张三”的冲突' });
  await expect(conflict).toContainText('手机号码');
  // Masked, as everywhere a 前台 may look: the decision shows which number, the log never the whole.
  await expect(conflict).toContainText('139****0002');
  await expect(conflict).not.toContainText('13900000002');
  await expect(conflict).toContainText('李明');
  await expect(conflict).not.toContainText(/phone|volunteers/);
  await expectNoSeriousAxe(page, '同步冲突');

  // From this desk's version, Tab reaches the office's, and Enter asks before anything is written.
  await conflict.getByRole('button', { name: `采用此版本：本机 王管理` }).focus();
  await page.keyboard.press('Tab');
  await expect(conflict.getByRole('button', { name: '采用此版本：办公室 李明' })).toBeFocused();
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('dialog', { name: '采用这个版本？' });
  await expect(confirm).toContainText('李明');
  await expect(confirm.getByRole('button', { name: '采用此版本' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(conflict).toHaveCount(0);

  // 李四: the phone stays this desk's, the address is taken from the office, by arrow key.
  const fields = drawer.getByRole('group', { name: '志愿者“李四”的冲突' });
  const address = fields.getByRole('radiogroup', { name: '社区/住址' });
  await address.getByRole('radio', { name: /东街/ }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(address.getByRole('radio', { name: /鼓楼区/ })).toBeChecked();
  await fields.getByRole('button', { name: '采用所选各项' }).focus();
  await page.keyboard.press('Enter');
  // Enter once the dialog has taken focus, as a keyboard user sees it do: pressed the moment it shows
  // (33 ms in one CI run), the key landed before antd moved focus to 采用所选各项 and resolved nothing.
  const fieldsConfirm = page.getByRole('dialog', { name: '采用所选各项？' });
  await expect(fieldsConfirm.getByRole('button', { name: '采用所选各项' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(drawer).toContainText('没有待处理的同步冲突');
  const second = await page.evaluate(
    async (id) => (await (await window.deskSeed.repos()).volunteers.get(id)) ?? null,
    secondId,
  );
  expect([second?.phone, second?.address]).toEqual(['13700000009', '鼓楼区']);
  const [phone, audited] = await page.evaluate(async (id) => {
    const repos = await window.deskSeed.repos();
    const entries = await repos.audit.recent(5);
    return [
      (await repos.volunteers.get(id))?.phone,
      entries.filter((e) => e.action === '解决同步冲突' && e.entityId === id).map((e) => [e.actor, e.after]),
    ];
  }, volunteerId);
  expect(phone).toBe('13900000002');
  expect(audited).toEqual([[DEFAULT_ADMIN.name, { phone: '139****0002' }]]);
  await expectNoSeriousAxe(page, '同步冲突（已解决）');
  expect(app.errors).toEqual([]);
});
