import { expect, type Locator, type Page } from '@playwright/test';

/** The lock screen: stands in for the whole desk until a staff member signs in with their PIN. */
export class LockScreen {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 2, name: '已锁定' });
  }

  get pin(): Locator {
    return this.page.getByLabel('PIN', { exact: true });
  }

  get unlockButton(): Locator {
    return this.page.getByRole('button', { name: '解锁', exact: true });
  }

  /** What the screen says about a wrong PIN or the wait before the next try. */
  get notice(): Locator {
    return this.page.getByRole('alert');
  }

  staffChoice(name: string): Locator {
    return this.page.getByRole('radio', { name: new RegExp(`^${name}（`) });
  }

  /** Picks the staff member and types the PIN; does not wait for the outcome. */
  async tryPin(name: string, pin: string): Promise<void> {
    await this.staffChoice(name).check();
    await this.pin.fill(pin);
    await this.unlockButton.click();
  }

  async signIn(name: string, pin: string): Promise<void> {
    await this.tryPin(name, pin);
    await expect(this.heading).toBeHidden();
  }
}
