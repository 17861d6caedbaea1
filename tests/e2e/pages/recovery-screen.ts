import { expect, type Locator, type Page } from '@playwright/test';

/** Recovery mode: shown instead of first-run setup when the database was lost or damaged. */
export class RecoveryScreen {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { name: '数据需要恢复' });
  }

  /** The automatic backups offered, newest first (the header row left out). */
  get backupRows(): Locator {
    return this.page
      .getByRole('region', { name: /自动备份/ })
      .getByRole('row')
      .filter({ has: this.page.getByRole('button', { name: /^恢复 / }) });
  }

  get confirmDialog(): Locator {
    return this.page.getByRole('dialog', { name: '用这份备份替换当前全部数据？' });
  }

  get recoveryKeyDialog(): Locator {
    return this.page.getByRole('dialog', { name: '输入恢复密钥' });
  }

  /**
   * Restores the newest backup and confirms. `recoveryKey`: the one from the recovery sheet, typed when
   * the desk asks for it. It asks only when its own key was lost with the damage: the key is kept in a
   * small database of its own in the same LevelDB files, and whether a damage to those files took it too
   * is not the same from one run (or Chromium build) to the next. A desk still holding its key opens the
   * backup without asking.
   * `keyLost`: the damage surely took the key, so the desk must ask for it.
   */
  async restoreNewest(recoveryKey?: string, { keyLost = false } = {}): Promise<void> {
    await this.backupRows
      .first()
      .getByRole('button', { name: /^恢复 / })
      .click();
    if (recoveryKey !== undefined) {
      // The check before the confirm decrypts and counts every row: how long it takes follows the machine.
      const asked = keyLost ? this.recoveryKeyDialog : this.recoveryKeyDialog.or(this.confirmDialog);
      await expect(asked).toBeVisible({ timeout: 90_000 });
      if (await this.recoveryKeyDialog.isVisible()) {
        await this.recoveryKeyDialog.getByLabel('恢复密钥').fill(recoveryKey);
        await this.recoveryKeyDialog.getByRole('button', { name: '打开备份' }).click();
      }
    }
    await expect(this.confirmDialog).toBeVisible({ timeout: 90_000 });
    await this.confirmDialog.getByRole('button', { name: '恢复', exact: true }).click();
  }
}
