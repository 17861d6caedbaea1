import { makeIdNumber } from '../../shared/identity/id-card';
import { dayHeading, mondayOf } from '../../renderer/src/features/rosters/week-grid';
import { addDays, dateKey } from '../../shared/time/center-time';
import { expect, test } from './fixtures';
import { expectNoSeriousAxe } from './pages/axe';
import { DeskApp, SAMPLE_CENTER } from './pages/desk-app';
import { RosterPatternsPage } from './pages/roster-patterns';
import { injectSeed } from './seed/seed';

test.describe('岗位排班 patterns and 校历', () => {
  test('rosters every Monday morning this term from a suggestion, skipping the vacation Monday, and drags one to Tuesday', async ({
    page,
  }) => {
    const app = new DeskApp(page);
    await app.open();
    await app.completeSetup(SAMPLE_CENTER, false);
    await injectSeed(page);
    // The team member is the setting: the suggestion should find them through the post's team.
    await page.evaluate(
      async (idNumber) => {
        const repos = await window.deskSeed.repos();
        const team = await repos.teams.create('东街护学队', '');
        await window.deskSeed.volunteer({ name: '陈静', idNumber, phone: '13800000041', teamIds: [team.id] });
      },
      makeIdNumber({ addressCode: '350102', birthDate: '19800312', sequence: 41 }),
    );
    // Dates around today, so the term is current and its vacation is two weeks ahead.
    const monday = mondayOf(dateKey(Date.now()));
    const vacationMonday = addDays(monday, 14);
    const term = {
      name: '2026秋季学期',
      start: addDays(monday, -28),
      end: addDays(monday, 69),
      vacations: [{ name: '期中假', from: vacationMonday, to: addDays(monday, 18) }],
    };

    await app.goTo('志愿者');
    const rosters = new RosterPatternsPage(page);
    await rosters.open();
    await rosters.openTerms();
    await expect(rosters.termsDialog.getByText('还没有学期')).toBeVisible();
    await rosters.addTerm(term);
    await expect(rosters.termsDialog).toContainText(`期中假 ${vacationMonday} 至 ${addDays(monday, 18)}`);
    await expectNoSeriousAxe(page, '校历');
    await page.keyboard.press('Escape');
    await expect(rosters.termsDialog).toBeHidden();

    await rosters.createTeamPost('实验小学南门', '校历', '东街护学队');
    await page.getByRole('button', { name: '按规律排班' }).click();
    const dialog = rosters.patternDialog;
    await expect(dialog.getByLabel('学期')).toBeVisible();
    await expect(dialog.getByLabel('结束日期')).toHaveValue(term.end);

    // Keyboard: 周一 is a checkbox reached and ticked with Space.
    await dialog.getByRole('checkbox', { name: '周一' }).focus();
    await page.keyboard.press('Space');
    await expect(dialog.getByRole('checkbox', { name: '周一' })).toBeChecked();
    await expect(rosters.suggestions).toContainText('陈静');
    await expect(rosters.suggestions).toContainText('同队');
    await rosters.suggestions.getByRole('button', { name: '选用陈静' }).focus();
    await page.keyboard.press('Enter');

    // A date beyond the term is refused at the field, keeping what was typed.
    const beyond = addDays(term.end, 7);
    await dialog.getByLabel('结束日期').fill(beyond);
    await dialog.getByRole('button', { name: '预览' }).click();
    await expect(dialog.getByText(`到 ${term.end} 结束，结束日期请不晚于此`)).toBeVisible();
    await expect(dialog.getByLabel('结束日期')).toHaveValue(beyond);
    await dialog.getByLabel('结束日期').fill(term.end);
    await page.keyboard.press('Enter');

    await expect(rosters.preview).toBeVisible();
    await expect(rosters.preview.getByRole('list', { name: '跳过的日期' })).toContainText(
      `${vacationMonday}（周一）期中假（2026秋季学期）`,
    );
    await expectNoSeriousAxe(page, '按规律排班');
    await dialog.getByRole('button', { name: '保存排班' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(/已为 陈静 按规律排班 \d+ 次/)).toBeVisible();

    const week = page.getByRole('region', { name: /实验小学南门/ });
    await week.getByRole('button', { name: '下一周' }).click();
    const nextMonday = rosters.cell(dayHeading(addDays(monday, 7)), '早岗');
    await expect(nextMonday).toContainText('陈静');
    // Drag the person to Tuesday: the entry moves, and 撤销 would move it back.
    const tuesday = rosters.cell(dayHeading(addDays(monday, 8)), '早岗');
    await nextMonday.getByText('陈静', { exact: true }).dragTo(tuesday);
    await expect(tuesday).toContainText('陈静');
    await expect(nextMonday).not.toContainText('陈静');
    await expect(page.getByText(`已将 陈静 移到 ${dayHeading(addDays(monday, 8))}`)).toBeVisible();
    await week.getByRole('button', { name: '下一周' }).click();
    const offCell = rosters.cell(dayHeading(vacationMonday), '早岗');
    await expect(offCell).toHaveAccessibleName(/期中假/);
    await expect(offCell).not.toContainText('陈静');
    expect(app.errors).toEqual([]);
  });
});
