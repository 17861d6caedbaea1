import { expect, type Locator, type Page } from '@playwright/test';

/** 今日概览: the desk's morning page, by its regions. */
export class OverviewPage {
  constructor(readonly page: Page) {}

  region(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  get schedule(): Locator {
    return this.region('今日场地安排');
  }

  get duty(): Locator {
    return this.region('在岗与今日签到');
  }

  get todo(): Locator {
    return this.region('待办');
  }

  get figures(): Locator {
    return this.region('本月与上月对比');
  }

  get quickActions(): Locator {
    return this.region('快捷操作');
  }

  get series(): Locator {
    return this.region('重复预约的下次日期');
  }

  /** A 待办 line, by the start of its label (e.g. 待确认的服务时长). */
  todoLink(label: string): Locator {
    return this.todo.getByRole('link', { name: new RegExp(`^${label}`) });
  }

  /** One row of the month table, e.g. 场次, with its cells: this month, last month, change. */
  figureRow(label: string): Locator {
    return this.figures.getByRole('row', { name: new RegExp(`^${label}`) });
  }

  /** Screenshots at the two desk screen sizes, for looking at; checks nothing scrolls sideways. */
  async shoot(name: string): Promise<void> {
    for (const [width, height] of [
      [1366, 850],
      [1280, 720],
    ] as const) {
      await this.page.setViewportSize({ width, height });
      await expect
        .poll(() => this.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth))
        .toBe(true);
      await this.page.screenshot({ path: `test-results/overview/${name}-${width}.png` });
      // The page scrolls inside the layout, not the window: scroll that to see the lower half too.
      await this.page.getByRole('main').evaluate((main) => {
        let el: Element | null = main;
        while (el && el.scrollHeight <= el.clientHeight) el = el.parentElement;
        el?.scrollTo({ top: el.scrollHeight });
      });
      await this.page.screenshot({ path: `test-results/overview/${name}-${width}-lower.png` });
      await this.page.getByRole('main').evaluate((main) => {
        let el: Element | null = main;
        while (el && el.scrollHeight <= el.clientHeight) el = el.parentElement;
        el?.scrollTo({ top: 0 });
      });
    }
  }
}
