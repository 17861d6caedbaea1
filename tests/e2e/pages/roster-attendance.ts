import { expect, type Locator } from '@playwright/test';
import { RostersPage } from './rosters';

/** The week grid's attendance side: a rostered person's menu, 替班 and the week's figures. */
export class RosterAttendancePage extends RostersPage {
  /** One figure's value by its name (班次排满, 已排人次, 到岗率, 缺勤). */
  figure(name: string): Locator {
    return this.page.locator('.duty-figures div').filter({ hasText: name }).locator('dd');
  }

  substituteDialog(name: string): Locator {
    return this.page.getByRole('dialog', { name: `为 ${name} 安排替班` });
  }

  /** Opens a person's menu in a cell by keyboard (focus, Enter) and picks an item by its name. */
  async choose(cell: Locator, person: string, item: string): Promise<void> {
    const trigger = cell.getByRole('button', { name: new RegExp(`^${person}.*的到岗、请假、缺勤或替班$`) });
    await trigger.focus();
    await this.page.keyboard.press('Enter');
    const entry = this.page.getByRole('menuitem', { name: item });
    await expect(entry).toBeVisible();
    await entry.click();
  }
}
