import { expect, type Locator } from '@playwright/test';
import { RostersPage } from './rosters';
import { pickByKeyboard } from './select-keyboard';

/** The week grid's 调到…: a rostered person's button in a cell and the dialog it opens. */
export class RosterMovePage extends RostersPage {
  /** A person's 调到… button in a cell (`将王芳从周一 12/14调到…`). */
  moveButton(cell: Locator, person: string): Locator {
    return cell.getByRole('button', { name: new RegExp(`^将${person}从.*调到…$`) });
  }

  moveDialog(person: string): Locator {
    return this.page.getByRole('dialog', { name: `将 ${person} 调到…` });
  }

  /** The option a select of the open dialog shows as chosen. */
  chosen(dialog: Locator, label: string): Locator {
    return dialog.locator('.ant-select', { has: this.page.getByLabel(label) });
  }

  /** Picks an option of the focused select by keyboard only. */
  async pickByKeyboard(option: string): Promise<void> {
    await pickByKeyboard(this.page, option);
  }

  /** Presses Tab until `target` has focus (at most `max` times), as a keyboard user would. */
  async tabTo(target: Locator, max = 8): Promise<void> {
    for (let i = 0; i < max; i++) {
      if (await target.evaluate((el) => el === document.activeElement)) return;
      await this.page.keyboard.press('Tab');
    }
    await expect(target).toBeFocused();
  }
}
