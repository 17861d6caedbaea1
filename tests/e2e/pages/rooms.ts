import { expect, type Locator, type Page } from '@playwright/test';
import { addDays, dateKey, formatDateCn, weekdayOf } from '../../../shared/time/center-time';

/** A booking as the test types it. */
export interface BookingInput {
  room: string;
  start: string;
  end: string;
  title: string;
  contact?: string;
  phone?: string;
}

/**
 * A date `days` from today (center time) that is not a Monday (the demo rooms' closing day), far enough
 * ahead or behind that the demo data has no bookings on it.
 */
export function quietDate(days: number): string {
  let d = addDays(dateKey(Date.now()), days);
  while (weekdayOf(d) === 1) d = addDays(d, 1);
  return d;
}

/** 场地预约 as the desk uses it: the day board, the booking drawer and the booking details. */
export class RoomsPage {
  constructor(readonly page: Page) {}

  /** Opens the day board on a date (the date lives in the URL). */
  async openDay(date: string): Promise<void> {
    await this.page.evaluate((d) => {
      window.location.hash = `#/rooms?date=${d}`;
    }, date);
    // The board of the day before is visible too: wait for the chosen day's own heading.
    await expect(
      this.page.getByRole('heading', { name: new RegExp(`^${formatDateCn(date)}`) }),
    ).toBeVisible();
    await expect(this.board).toBeVisible();
  }

  get board(): Locator {
    return this.page.getByRole('grid', { name: '场地日视图' });
  }

  get drawer(): Locator {
    return this.page
      .getByRole('dialog')
      .filter({ has: this.page.getByRole('form') })
      .last();
  }

  get detail(): Locator {
    return this.page.getByRole('dialog').filter({ hasText: '预约详情' });
  }

  field(label: string): Locator {
    return this.drawer.getByLabel(label, { exact: true });
  }

  /** Opens the new-booking drawer from the board and fills it (without saving). */
  async startBooking(b: BookingInput): Promise<void> {
    await this.page.getByRole('button', { name: '新建预约' }).click();
    await expect(this.drawer).toBeVisible();
    await this.field('场地').fill(b.room);
    await this.field('场地').press('Enter');
    await this.field('开始时间').fill(b.start);
    await this.field('结束时间').fill(b.end);
    await this.field('活动名称').fill(b.title);
    await this.field('联系人').fill(b.contact ?? '林晓');
    await this.field('联系电话').fill(b.phone ?? '13812345678');
  }

  get saveButton(): Locator {
    return this.drawer.getByRole('button', { name: /^保存/ });
  }

  /** Creates a booking and waits for the confirmation. */
  async book(b: BookingInput): Promise<void> {
    await this.startBooking(b);
    await this.saveButton.click();
    await expect(this.page.getByText(/预约 YY-\d{4}-\d{5} 已保存/)).toBeVisible();
    await expect(this.drawer).toBeHidden();
  }

  /** A booking block on the board, by its title. */
  block(title: string): Locator {
    return this.board.getByRole('button', { name: new RegExp(title) });
  }

  async openBlock(title: string): Promise<void> {
    await this.block(title).click();
    await expect(this.detail).toBeVisible();
  }
}
