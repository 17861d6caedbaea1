import { expect, test } from './fixtures';
import { DeskApp, SAMPLE_CENTER } from './pages/desk-app';
import { DocumentsPage } from './pages/documents';

test('marks documents 已打印 only when the desk says the browser printed them, not when the print window opens', async ({
  page,
}) => {
  const app = new DeskApp(page);
  await app.open();
  await app.completeSetup(SAMPLE_CENTER, true);
  const docs = new DocumentsPage(app);
  await docs.open();
  const progress = page.getByRole('dialog', { name: '开具与打印' });
  const register = page.getByRole('table', { name: '开具登记簿' });

  // First batch: the window opens, nobody confirms; the letters stay 待打印.
  await docs.chooseKind('感谢信');
  await docs.addActivityParticipants();
  await expect(docs.recipients.getByRole('button', { name: /^移除/ }).first()).toBeVisible();
  const first = await docs.recipients.getByRole('button', { name: /^移除/ }).count();
  const popup = page.waitForEvent('popup');
  await page.getByRole('button', { name: /开具并(保存 PDF|打印)/ }).click();
  await (await popup).close();
  await expect(progress).toContainText('份已登记');
  await progress.getByRole('button', { name: '关闭', exact: true }).last().click();
  await docs.tab('登记簿与核验').click();
  await expect(register.getByRole('row').filter({ hasText: '待打印' })).toHaveCount(first);
  await expect(register.getByRole('row').filter({ hasText: '已打印' })).toHaveCount(0);

  // Second batch: the desk confirms after printing; only those become 已打印.
  await docs.tab('开具').click();
  await docs.chooseKind('感谢信');
  await docs.addActivityParticipants();
  await expect(docs.recipients.getByRole('button', { name: /^移除/ }).first()).toBeVisible();
  const second = await docs.recipients.getByRole('button', { name: /^移除/ }).count();
  const popup2 = page.waitForEvent('popup');
  await page.getByRole('button', { name: /开具并(保存 PDF|打印)/ }).click();
  await (await popup2).close();
  await progress.getByRole('button', { name: '已打印' }).click();
  await expect(progress).toContainText(`${second} 份已记为已打印`);
  await progress.getByRole('button', { name: '关闭', exact: true }).last().click();
  await docs.tab('登记簿与核验').click();
  await expect(register.getByRole('row').filter({ hasText: '已打印' })).toHaveCount(second);
  await expect(register.getByRole('row').filter({ hasText: '待打印' })).toHaveCount(first);
  expect(app.errors).toEqual([]);
});
