import { expect, test } from './fixtures';
import { DeskApp, SAMPLE_CENTER } from './pages/desk-app';
import { DocumentsPage, savePdf } from './pages/documents';

test('fills 负责人 and 经办人 where the proof is issued, keeping the kind and the recipients', async ({
  page,
}) => {
  const app = new DeskApp(page);
  await app.open();
  await app.completeSetup(SAMPLE_CENTER, true);
  const docs = new DocumentsPage(app);
  await docs.open();
  await docs.chooseKind('志愿服务记录证明');
  await docs.addActivityParticipants();
  await expect(docs.recipients.getByRole('button', { name: /^移除/ }).first()).toBeVisible();
  const count = await docs.recipients.getByRole('button', { name: /^移除/ }).count();
  expect(count).toBeGreaterThan(0);
  await expect(page.getByText(/人缺少信息/)).toBeVisible();

  const issuer = page.getByRole('group', { name: '出具信息' });
  await issuer.getByLabel('负责人').fill('王建国');
  await issuer.getByLabel('经办人').fill('林晓');
  await issuer.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('负责人和经办人已保存，以后开具时自动填入')).toBeVisible();
  await expect(issuer).toBeHidden();
  await expect(page.getByText(/人缺少信息/)).toBeHidden();
  await expect(page.getByRole('radio', { name: '志愿服务记录证明', exact: true })).toBeChecked();
  await expect(docs.recipients.getByRole('button', { name: /^移除/ })).toHaveCount(count);

  const pdf = await savePdf(await docs.issueAndCatchPrintWindow(), 'proof-issuer', 'opened');
  expect(pdf.text()).toContain('王建国');
  expect(pdf.text()).toContain('林晓');
  expect(app.errors).toEqual([]);
});

test('says at 荣誉称号 that it may have 20 characters, keeping what was typed', async ({ page }) => {
  const app = new DeskApp(page);
  await app.open();
  await app.completeSetup(SAMPLE_CENTER, true);
  const docs = new DocumentsPage(app);
  await docs.open();
  await docs.chooseKind('荣誉证书');
  const title = page.getByLabel('荣誉称号', { exact: true });
  const long = '新时代文明实践优秀志愿服务工作者标兵称号'; // 20 characters: allowed
  await title.fill(long);
  await expect(page.getByText(/最多20字/)).toHaveCount(0);
  await title.press('End');
  await page.keyboard.insertText('们');
  await expect(title).toHaveValue(`${long}们`);
  await expect(page.getByText('最多20字，已超1字')).toBeVisible();
  expect(app.errors).toEqual([]);
});
