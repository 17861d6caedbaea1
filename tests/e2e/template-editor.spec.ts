import { expect, test } from './fixtures';
import { DeskApp, SAMPLE_CENTER } from './pages/desk-app';
import { DocumentsPage } from './pages/documents';

test('moves a template element by keyboard and by dragging it on the preview, in half millimetres', async ({
  page,
}) => {
  const app = new DeskApp(page);
  await app.open();
  await app.completeSetup(SAMPLE_CENTER, false);
  const docs = new DocumentsPage(app);
  await docs.open();
  await docs.tab('模板').click();
  await page.getByRole('button', { name: '复制感谢信（致志愿者）' }).click();
  const editor = page.getByRole('dialog', { name: /新建模板/ });
  const handle = editor.getByRole('button', { name: /^文字：尊敬的\{\{姓名\}\}同志：/ });
  await handle.click();
  await expect(handle).toHaveAttribute('aria-pressed', 'true');
  const x = editor.getByLabel('X（毫米）');
  const y = editor.getByLabel('Y（毫米）');
  await expect(x).toHaveValue('22.0');
  await expect(y).toHaveValue('60.0');

  for (let i = 0; i < 4; i += 1) await handle.press('ArrowRight');
  await handle.press('Shift+ArrowDown');
  await expect(x).toHaveValue('24.0');
  await expect(y).toHaveValue('65.0');

  // The A4 portrait preview is 440 px wide: 10 mm is about 21 px.
  const box = await handle.boundingBox();
  if (!box) throw new Error('handle not on screen');
  await page.mouse.move(box.x + 5, box.y + 5);
  await page.mouse.down();
  await page.mouse.move(box.x + 5 + (440 / 210) * 10, box.y + 5, { steps: 5 });
  await page.mouse.up();
  await expect(x).toHaveValue(/^3[34]\.[05]$/);
  await expect(y).toHaveValue('65.0');
  expect(app.errors).toEqual([]);
});
