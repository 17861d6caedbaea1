import { expect, type Locator, type Page } from '@playwright/test';

/** One shift row of the post form, as typed. */
export interface ShiftInput {
  label: string;
  start: string;
  end: string;
  needed: string;
}

/** 志愿者 › 岗位排班: today's gaps, the post list and its dialog, the week grid and 安排志愿者. */
export class RostersPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: '岗位排班' }).click();
    await expect(this.page.getByRole('button', { name: '新建岗位' })).toBeVisible();
  }

  get postDialog(): Locator {
    return this.page.getByRole('dialog', { name: /新建岗位|编辑岗位/ });
  }

  get assignDialog(): Locator {
    return this.page.getByRole('dialog', { name: '安排志愿者' });
  }

  get grid(): Locator {
    return this.page.getByRole('grid');
  }

  get todayGaps(): Locator {
    return this.page.getByRole('region', { name: '今日缺岗' });
  }

  /** The form's 第N班 row (1-based), a fieldset. */
  shiftRow(n: number): Locator {
    return this.postDialog.getByRole('group', { name: `第${n}班` });
  }

  async fillShift(n: number, shift: ShiftInput): Promise<void> {
    const row = this.shiftRow(n);
    await row.getByLabel('班次名称').fill(shift.label);
    await row.getByLabel('上岗时间').fill(shift.start);
    await row.getByLabel('下班时间').fill(shift.end);
    await row.getByLabel('所需人数').fill(shift.needed);
  }

  /** Creates a post through 新建岗位 with the given shifts (the first row exists, the rest are added). */
  async createPost(place: string, calendar: string, shifts: ShiftInput[]): Promise<void> {
    await this.page.getByRole('button', { name: '新建岗位' }).first().click();
    await expect(this.postDialog).toBeVisible();
    await this.postDialog.getByLabel('上岗地点').fill(place);
    await this.postDialog.getByRole('radio', { name: calendar }).check();
    for (const [i, shift] of shifts.entries()) {
      if (i > 0) await this.postDialog.getByRole('button', { name: '添加班次' }).click();
      await this.fillShift(i + 1, shift);
    }
    await this.postDialog.getByRole('button', { name: '保存岗位' }).click();
    await expect(this.postDialog).toBeHidden();
  }

  /** The grid cell of a shift on a date, by its accessible name (`… 周一 12/07 早岗 07:20–08:00，…`). */
  cell(dayHeading: string, shiftLabel: string): Locator {
    return this.grid.getByRole('gridcell', { name: new RegExp(`${dayHeading} ${shiftLabel} `) });
  }
}
