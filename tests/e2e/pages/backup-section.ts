import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** 设置 → 备份与恢复. */
export class BackupSection {
  constructor(readonly page: Page) {}

  get region(): Locator {
    return this.page.getByRole('region', { name: '备份与恢复' });
  }

  /** Clicks 备份数据 and returns the file the browser downloaded. */
  async saveBackup(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.region.getByRole('button', { name: '备份数据' }).click();
    return download;
  }

  async chooseFile(file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.region.getByLabel('选择备份文件').setInputFiles(file);
  }

  /** The 自动备份 table's rows, newest first (the header row left out). */
  /**
   * Clicks 立即自动备份 once the backup before it has finished: while one is being written the button
   * is busy and a click joins it instead of starting another.
   */
  async takeBackupNow(): Promise<void> {
    const button = this.region.getByRole('button', { name: '立即自动备份' });
    await expect(button).toHaveAttribute('aria-busy', 'false');
    await button.click();
  }

  get automaticRows(): Locator {
    return this.page
      .getByRole('region', { name: '自动备份' })
      .getByRole('row')
      .filter({ has: this.page.getByRole('button', { name: /^恢复 / }) });
  }

  /**
   * Opens the newest automatic backup and waits for the confirmation. The check before it decrypts and
   * counts every row, so how long it takes follows the data and the machine, not the test.
   */
  async restoreNewestAutomatic(): Promise<void> {
    await this.automaticRows
      .first()
      .getByRole('button', { name: /^恢复 / })
      .click();
    await expect(this.confirmDialog).toBeVisible({ timeout: 90_000 });
  }

  /** Makes the recovery sheet and returns the key it shows (once); closes the dialog. */
  async makeRecoverySheet(): Promise<string> {
    await this.region.getByRole('button', { name: /恢复密钥单/ }).click();
    const dialog = this.page.getByRole('dialog', { name: '恢复密钥单' });
    const key = (await dialog.getByLabel('恢复密钥', { exact: true }).textContent()) ?? '';
    await dialog.getByRole('button', { name: '我已打印并妥善保管' }).click();
    await expect(dialog).toBeHidden();
    return key;
  }

  get confirmDialog(): Locator {
    return this.page.getByRole('dialog', { name: '用这份备份替换当前全部数据？' });
  }
}
