import type { Locator, Page } from '@playwright/test';

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
   * the desk's own key was lost with the profile.
   */
  async restoreNewest(recoveryKey?: string): Promise<void> {
    await this.backupRows
      .first()
      .getByRole('button', { name: /^恢复 / })
      .click();
    if (recoveryKey !== undefined) {
      await this.recoveryKeyDialog.getByLabel('恢复密钥').fill(recoveryKey);
      await this.recoveryKeyDialog.getByRole('button', { name: '打开备份' }).click();
    }
    await this.confirmDialog.getByRole('button', { name: '恢复', exact: true }).click();
  }
}
