import { expect, type Locator, type Page } from '@playwright/test';

/** What the 点单 form asks. */
export interface OrderInput {
  requester: string;
  phone: string;
  description: string;
  category?: string;
  address?: string;
}

/** 服务单: the board, the 点单 drawer, an order's detail drawer and its step dialogs. */
export class OrdersPage {
  constructor(readonly page: Page) {}

  get board(): Locator {
    return this.page.getByRole('tabpanel', { name: '看板' });
  }

  column(status: string): Locator {
    return this.board.getByRole('region', { name: new RegExp(`^${status}，共`) });
  }

  get form(): Locator {
    return this.page.getByRole('dialog', { name: /点单|登记微心愿/ });
  }

  get detail(): Locator {
    return this.page.getByRole('dialog', { name: /^服务单 FW/ });
  }

  dialog(name: RegExp | string): Locator {
    return this.page.getByRole('dialog', { name });
  }

  async openForm(): Promise<void> {
    await this.page.getByRole('button', { name: '点单', exact: true }).click();
    await expect(this.form).toBeVisible();
  }

  async fillOrder(input: OrderInput): Promise<void> {
    const f = this.form;
    await f.getByLabel('居民姓名').fill(input.requester);
    await f.getByLabel('联系电话').fill(input.phone);
    if (input.address) await f.getByLabel('地址或社区/网格').fill(input.address);
    if (input.category) {
      await f.getByLabel('服务类别').focus();
      await this.page.keyboard.type(input.category);
      await this.page.keyboard.press('Enter');
    }
    await f.getByLabel('需求描述').fill(input.description);
  }

  /** Submits the 点单 form and returns the number the desk was told. */
  async submitOrder(): Promise<string> {
    await this.form.getByRole('button', { name: '提交点单' }).click();
    const toast = this.page.getByText(/已点单，服务单号 FW\d{4}-\d{5}/);
    await expect(toast).toBeVisible();
    const text = (await toast.textContent()) ?? '';
    return /FW\d{4}-\d{5}/.exec(text)?.[0] ?? '';
  }

  async openCard(requester: string): Promise<void> {
    await this.board
      .getByRole('button', { name: new RegExp(requester) })
      .first()
      .click();
    await expect(this.detail).toBeVisible();
  }

  action(name: string): Locator {
    return this.detail
      .getByRole('region', { name: '可办理的操作' })
      .getByRole('button', { name, exact: true });
  }

  /** Picks a volunteer in the dialog's 志愿者 search select by typing part of the name. */
  async pickVolunteer(dialog: Locator, label: string, name: string): Promise<void> {
    await dialog.getByLabel(label).fill(name);
    await this.page
      .getByRole('option', { name: new RegExp(name) })
      .first()
      .click();
    await this.page.keyboard.press('Escape');
  }
}
