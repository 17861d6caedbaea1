import { readdirSync, rmSync, statSync, writeFileSync, readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { BackupSection } from './pages/backup-section';
import { DeskApp, SAMPLE_CENTER } from './pages/desk-app';
import { ProfileDesks } from './pages/profile-desks';
import { RecoveryScreen } from './pages/recovery-screen';

/** The LevelDB folder Chromium keeps the desk's IndexedDB in. */
function leveldbDir(profile: string): string {
  const root = join(profile, 'Default', 'IndexedDB');
  const found = readdirSync(root).find((name) => name.endsWith('.indexeddb.leveldb'));
  if (!found) throw new Error(`no IndexedDB folder in ${root}: ${readdirSync(root).join(', ')}`);
  return join(root, found);
}

const filesOf = (dir: string) => readdirSync(dir).map((name) => `${name} ${statSync(join(dir, name)).size}`);

type Damage = 'bit-flipped .ldb' | 'zeroed MANIFEST' | 'deleted .ldb' | 'wiped IndexedDB folder';

/** What a power cut, a disk error, an antivirus quarantine or a cleaning tool does to the files. */
function damage(dir: string, kind: Damage): void {
  if (kind === 'wiped IndexedDB folder') {
    rmSync(dir, { recursive: true });
    return;
  }
  const names = readdirSync(dir);
  const tables = names.filter((n) => n.endsWith('.ldb'));
  if (kind === 'zeroed MANIFEST') {
    const manifest = names.find((n) => n.startsWith('MANIFEST-'));
    if (!manifest) throw new Error(`no MANIFEST in ${filesOf(dir).join(', ')}`);
    writeFileSync(join(dir, manifest), Buffer.alloc(statSync(join(dir, manifest)).size));
    return;
  }
  if (tables.length === 0) throw new Error(`no .ldb file in ${filesOf(dir).join(', ')}`);
  for (const table of tables) {
    if (kind === 'deleted .ldb') {
      rmSync(join(dir, table));
      continue;
    }
    const bytes = readFileSync(join(dir, table));
    for (let i = 100; i < bytes.length; i += 997) bytes[i] = (bytes[i] ?? 0) ^ 0xff;
    writeFileSync(join(dir, table), bytes);
  }
}

const DAMAGES = ['bit-flipped .ldb', 'zeroed MANIFEST', 'deleted .ldb', 'wiped IndexedDB folder'] as const;
for (const kind of DAMAGES) {
  test(`opens recovery mode after a ${kind}, offers the newest backup and restoring it brings the volunteers back`, async ({
    baseURL,
  }) => {
    const desks = new ProfileDesks(baseURL);
    test.setTimeout(300_000);
    const profile = mkdtempSync(join(tmpdir(), 'desk-damage-'));
    try {
      const first = await desks.launch(profile);
      await first.app.completeSetup(SAMPLE_CENTER, true);
      await first.app.goTo('志愿者');
      await expect(first.app.page.getByText('共 200 名志愿者')).toBeVisible();
      await first.app.goTo('设置');
      // Restoring the desk's own automatic backup rewrites every row: enough writes for LevelDB to move
      // its log into table files (.ldb), as a desk used for a while has them. It also leaves the newest
      // automatic backup (the copy taken before the restore) holding the 200 volunteers.
      const backups = new BackupSection(first.app.page);
      // Backups are encrypted; the profile's copy of the key goes down with a wiped IndexedDB, so the
      // recovery sheet is what opens them afterwards.
      const recoveryKey = await backups.makeRecoverySheet();
      await expect(backups.automaticRows.first()).toBeVisible();
      await backups.restoreNewestAutomatic();
      const reloaded = first.app.page.waitForEvent('load');
      await backups.confirmDialog.getByRole('button', { name: '先保存当前数据，再恢复' }).click();
      await reloaded;
      await first.app.expectScreen('设置');
      await expect(backups.automaticRows).toHaveCount(2);
      expect(first.app.errors).toEqual([]);
      await first.context.close();

      const second = await desks.launch(profile);
      await second.app.expectScreen('今日概览');
      await second.context.close();

      const dir = leveldbDir(profile);
      test.info().annotations.push({ type: 'files before damage', description: filesOf(dir).join(', ') });
      damage(dir, kind);

      const third = await desks.launch(profile);
      const recovery = new RecoveryScreen(third.app.page);
      await expect(recovery.heading).toBeVisible();
      await expect(third.app.setupHeading).toBeHidden();
      await expect(third.app.page.getByText('以前保存过数据')).toBeVisible();
      await expect(recovery.backupRows.first()).toContainText('最新');
      await expect(recovery.backupRows.first()).toContainText('志愿者 200');
      // With the folder gone, the desk's own backup key went too: only the recovery sheet opens the backup.
      await recovery.restoreNewest(recoveryKey, { keyLost: kind === 'wiped IndexedDB folder' });

      // The restore replaces every row and rebuilds the stored totals before the desk reopens.
      await third.app.expectScreen('今日概览', 90_000);
      await expect(third.app.sidebar).toContainText(SAMPLE_CENTER.name);
      await third.app.goTo('志愿者');
      await expect(third.app.page.getByText('共 200 名志愿者')).toBeVisible();
      expect(third.app.errors).toEqual([]);
      await third.context.close();

      // Restored, the desk opens normally from now on.
      const fourth = await desks.launch(profile);
      await fourth.app.expectScreen('今日概览');
      await fourth.context.close();
    } finally {
      await desks.closeAll();
      rmSync(profile, { recursive: true, force: true });
    }
  });
}

test('a brand-new profile still gets first-run setup', async ({ page }) => {
  const app = new DeskApp(page);
  await app.open();
  await expect(app.setupHeading).toBeVisible();
  await expect(new RecoveryScreen(page).heading).toBeHidden();
  expect(app.errors).toEqual([]);
});
