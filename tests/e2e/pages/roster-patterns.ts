import { expect, type Locator } from '@playwright/test';
import { RostersPage } from './rosters';

/** A school term as typed in 校历: dates as YYYY-MM-DD, with its vacations. */
export interface TermInput {
  name: string;
  start: string;
  end: string;
  vacations: { name: string; from: string; to: string }[];
}

/** 岗位排班's 校历 dialog and 按规律排班 dialog, on top of the post list and week grid. */
export class RosterPatternsPage extends RostersPage {
  get termsDialog(): Locator {
    return this.page.getByRole('dialog', { name: /校历（学期与假期）|添加学期|编辑学期/ });
  }

  get patternDialog(): Locator {
    return this.page.getByRole('dialog', { name: '按规律排班' });
  }

  /** The preview section of 按规律排班, after 预览. */
  get preview(): Locator {
    return this.patternDialog.getByRole('region', { name: '预览' });
  }

  /** The suggestion list of 按规律排班. */
  get suggestions(): Locator {
    return this.patternDialog.getByRole('region', { name: '推荐人选' });
  }

  async openTerms(): Promise<void> {
    await this.page.getByRole('button', { name: '校历（学期与假期）' }).click();
    await expect(this.termsDialog).toBeVisible();
  }

  /** Adds a term from the open 校历 dialog and waits for the list to show it. */
  async addTerm(term: TermInput): Promise<void> {
    const dialog = this.termsDialog;
    await dialog.getByRole('button', { name: '添加学期' }).click();
    await dialog.getByLabel('学期名称').fill(term.name);
    await dialog.getByLabel('开始日期').fill(term.start);
    await dialog.getByLabel('结束日期').fill(term.end);
    for (const [i, v] of term.vacations.entries()) {
      await dialog.getByRole('button', { name: '添加假期' }).click();
      const row = dialog.getByRole('group', { name: `第${i + 1}个假期` });
      await row.getByLabel('假期名称').fill(v.name);
      await row.getByLabel('假期开始').fill(v.from);
      await row.getByLabel('假期结束').fill(v.to);
    }
    await dialog.getByRole('button', { name: '保存学期' }).click();
    await expect(
      dialog.getByRole('heading', { name: `${term.name}（${term.start} 至 ${term.end}）` }),
    ).toBeVisible();
  }

  /** Creates a post through 新建岗位 with one shift, staffed by a team (picked by keyboard). */
  async createTeamPost(place: string, calendar: string, team: string): Promise<void> {
    await this.page.getByRole('button', { name: '新建岗位' }).first().click();
    await expect(this.postDialog).toBeVisible();
    await this.postDialog.getByLabel('上岗地点').fill(place);
    await this.postDialog.getByRole('radio', { name: calendar }).check();
    await this.postDialog.getByLabel('负责服务队').focus();
    await this.page.keyboard.press('ArrowDown');
    await expect(this.page.locator('.ant-select-item-option', { hasText: team })).toBeVisible();
    await this.page.keyboard.press('Enter');
    await this.fillShift(1, { label: '早岗', start: '07:20', end: '08:00', needed: '1' });
    await this.postDialog.getByRole('button', { name: '保存岗位' }).click();
    await expect(this.postDialog).toBeHidden();
  }
}
