import { makeIdNumber } from '../../shared/identity/id-card';
import { expect, test } from './fixtures';
import { DeskApp, SAMPLE_CENTER } from './pages/desk-app';
import { expectEmbeddedChineseFonts, savePdf } from './pages/documents';
import { VolunteersPage } from './pages/volunteers';

const MM_TO_PT = 72 / 25.4;

test('prints a volunteer card the size of a bank card carrying the name and number, never the ID number', async ({
  page,
}) => {
  const app = new DeskApp(page);
  await app.open();
  await app.completeSetup(SAMPLE_CENTER, false);
  await app.goTo('志愿者');
  const vols = new VolunteersPage(page);
  const idNumber = makeIdNumber({ addressCode: '350102', birthDate: '19900520', sequence: 77 });
  const number = await vols.register({ name: '林晓梅', idNumber, phone: '13912345678' });

  await page.getByRole('button', { name: '打印志愿者证' }).click();
  const dialog = page.getByRole('dialog', { name: '志愿者证' });
  await expect(dialog.getByRole('img', { name: `志愿者证：林晓梅，编号 ${number}` })).toBeVisible();
  const popup = page.waitForEvent('popup');
  await dialog.getByRole('button', { name: '打印', exact: true }).click();
  const pdf = await savePdf(await popup, 'volunteer-card', 'opened');

  const text = pdf.text();
  expect(text).toContain('林晓梅');
  expect(text).toContain(number);
  expect(text).toContain(SAMPLE_CENTER.name);
  expect(text).not.toContain(idNumber.slice(-4));
  expect(text).not.toContain(idNumber.slice(0, 6));
  const info = pdf.info();
  expect(info.pages).toBe(1);
  expect(info.widthPt).toBeCloseTo(85.6 * MM_TO_PT, 0);
  expect(info.heightPt).toBeCloseTo(54 * MM_TO_PT, 0);
  expectEmbeddedChineseFonts(pdf);
  expect(app.errors).toEqual([]);
});
