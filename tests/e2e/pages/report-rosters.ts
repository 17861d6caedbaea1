import type { Locator, Page } from '@playwright/test';

/** 统计报表 › 岗位排班: the section, its empty state and its tables' rows. */
export class ReportRostersSection {
  constructor(readonly page: Page) {}

  get section(): Locator {
    return this.page.getByRole('region', { name: '岗位排班', exact: true });
  }

  /** What the section says when the center has no post yet. */
  get emptyState(): Locator {
    return this.section.getByText('在 志愿者 → 岗位排班 新建岗位后，这里显示排班完成率和出勤率');
  }

  /** One table of the section by its title (排班概况, 各岗位排班, 缺勤较多的志愿者). */
  table(title: string): Locator {
    return this.section.getByRole('region', { name: title, exact: true });
  }

  /** A row of a table whose accessible name starts with `label` (the row's first cell). */
  row(title: string, label: string): Locator {
    return this.table(title).getByRole('row', { name: new RegExp(`^${label}`) });
  }

  /** The cells of a row as text, for exact column checks. */
  async cells(row: Locator): Promise<string[]> {
    return row.getByRole('cell').allInnerTexts();
  }
}
