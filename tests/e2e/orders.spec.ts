import type { Page } from '@playwright/test';
import { makeIdNumber } from '../../shared/identity/id-card';
import type { OrderDraft } from '../../shared/orders/order-schema';
import { expect, test } from './fixtures';
import { expectNoSeriousAxe } from './pages/axe';
import { DeskApp, SAMPLE_CENTER } from './pages/desk-app';
import { savePdf } from './pages/documents';
import { PNG_1PX } from './pages/files';
import { OrdersPage } from './pages/orders';
import { injectSeed } from './seed/seed';

/** Screenshots at the two desk sizes for review, only when ORDERS_SHOTS names a folder. */
async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.ORDERS_SHOTS;
  if (!dir) return;
  for (const [width, height] of [
    [1366, 850],
    [1280, 720],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${dir}/${name}-${width}.png` });
  }
}

/** Two volunteers of a 维修 team; the order is about them only as people to send. */
/** An order taken by phone, as the seed creates it. */
function phoneOrder(requester: string, requesterPhone: string, description: string): OrderDraft {
  return {
    requester,
    requesterPhone,
    address: '',
    category: '助老',
    description,
    wishedAt: null,
    urgency: '一般',
    source: '电话',
    wish: false,
    projectId: null,
    stationId: null,
  };
}

async function seedTeam(page: Page): Promise<void> {
  await injectSeed(page);
  await page.evaluate(
    async (ids) => {
      const repos = await window.deskSeed.repos();
      const team = await repos.teams.create('维修服务队', '');
      const common = { gender: '男', birthDate: '1980-01-01', address: '', availability: '周末' } as const;
      await window.deskSeed.volunteer({
        ...common,
        name: '王师傅',
        idNumber: ids[0] ?? '',
        phone: '13800000001',
        skills: ['水电维修'],
        teamIds: [team.id],
      });
      await window.deskSeed.volunteer({
        ...common,
        name: '李师傅',
        idNumber: ids[1] ?? '',
        phone: '13800000002',
        teamIds: [team.id],
      });
    },
    [
      makeIdNumber({ addressCode: '350102', birthDate: '19800101', sequence: 11 }),
      makeIdNumber({ addressCode: '350102', birthDate: '19800101', sequence: 12 }),
    ],
  );
}

test.describe('服务单', () => {
  test('runs an order from 点单 to 评单 through a 拒单 and a 改派, and prints 感谢信 for its volunteers', async ({
    page,
  }) => {
    const app = new DeskApp(page);
    await app.open();
    await app.completeSetup(SAMPLE_CENTER, false);
    await seedTeam(page);
    await app.goTo('服务单');
    const orders = new OrdersPage(page);
    await expect(orders.column('待审单')).toContainText('暂无');
    await expectNoSeriousAxe(page, '服务单看板');
    await shot(page, 'board');

    await orders.openForm();
    await orders.fillOrder({
      requester: '张阿姨',
      phone: '13912345678',
      description: '厨房水龙头漏水',
      category: '维修',
      address: '五四路1号',
    });
    await expectNoSeriousAxe(page, '点单');
    await shot(page, 'form');
    const number = await orders.submitOrder();
    await expect(orders.column('待审单')).toContainText('张阿姨');
    await shot(page, 'board-cards');

    await orders.openCard('张阿姨');
    await expect(orders.detail).toContainText(number);
    await expectNoSeriousAxe(page, '服务单详情');
    await shot(page, 'detail');
    await orders.action('受理').click();
    await expect(orders.detail.getByText('待派单', { exact: true }).first()).toBeVisible();

    // 派单 with a suggestion and its reason.
    await orders.action('派单').click();
    const dispatch = orders.dialog(/^派单 FW/);
    await expect(dispatch.getByText('特长：水电维修')).toBeVisible();
    await expectNoSeriousAxe(page, '派单');
    await shot(page, 'dispatch');
    await dispatch.getByRole('button', { name: '选用 王师傅' }).click();
    await dispatch.getByRole('button', { name: '派单', exact: true }).click();
    await expect(dispatch).toBeHidden();

    // 拒单 returns it to 待派单 with the reason in the history.
    await orders.action('拒单').click();
    const refuse = orders.dialog(/^拒单 FW/);
    await refuse.getByLabel('拒单原因').fill('王师傅本周出差');
    await expectNoSeriousAxe(page, '拒单');
    await refuse.getByRole('button', { name: '登记拒单' }).click();
    await expect(orders.detail).toContainText('王师傅本周出差');
    await expect(orders.action('派单')).toBeVisible();

    // 派单 again, then 改派 to another volunteer with a reason.
    await orders.action('派单').click();
    await dispatch.getByRole('button', { name: '选用 王师傅' }).click();
    await dispatch.getByRole('button', { name: '派单', exact: true }).click();
    await expect(dispatch).toBeHidden();
    await orders.action('改派').click();
    const redispatch = orders.dialog(/^改派 FW/);
    await redispatch.getByRole('button', { name: '选用 李师傅' }).click();
    await redispatch.getByLabel('改派原因').fill('李师傅离得更近');
    await redispatch.getByRole('button', { name: '改派', exact: true }).click();
    await expect(orders.detail).toContainText('李师傅离得更近');

    await orders.action('接单').click();
    await orders.action('完成').click();
    const complete = orders.dialog(/^完成 FW/);
    await expectNoSeriousAxe(page, '完成');
    await shot(page, 'complete');
    await complete.getByLabel('服务内容').fill('更换了水龙头');
    const photos = complete.getByLabel('选择结项照片');
    await photos.setInputFiles({ name: '清单.pdf', mimeType: 'application/pdf', buffer: Buffer.from('x') });
    await expect(complete.getByText('“清单.pdf”不是图片，请选择 JPG 或 PNG 照片')).toBeVisible();
    await photos.setInputFiles({ name: '完工.png', mimeType: 'image/png', buffer: PNG_1PX });
    await expect(complete.getByRole('img', { name: '结项照片 1' })).toBeVisible();
    await shot(page, 'complete-photo');
    await expect(complete.getByLabel('服务内容')).toHaveValue('更换了水龙头');
    await complete.getByRole('button', { name: '结项', exact: true }).click();
    await expect(complete).toBeHidden();
    await expect(orders.detail.getByRole('img', { name: '结项照片 1' })).toBeVisible();

    await orders.action('评单').click();
    const rate = orders.dialog('评单');
    await expectNoSeriousAxe(page, '评单');
    await shot(page, 'rate');
    await rate.getByRole('radio', { name: /^1 星/ }).focus();
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowRight');
    await expect(rate.getByRole('radio', { name: /^5 星/ })).toBeChecked();
    await rate.getByRole('button', { name: '保存评价' }).click();
    await expect(orders.detail.getByText('已办结').first()).toBeVisible();
    await shot(page, 'detail-done');

    // 感谢信: the volunteer's record is confirmed first (the letter counts confirmed service).
    await page.evaluate(async () => {
      const repos = await window.deskSeed.repos();
      const [order] = (await repos.orders.list({ text: '张阿姨' })).rows;
      for (const r of await repos.orders.recordsOf(order?.id ?? '')) await repos.serviceRecords.confirm(r.id);
    });
    await orders.detail.getByRole('button', { name: '为志愿者开具感谢信' }).click();
    const popup = page.waitForEvent('popup');
    await page.getByRole('button', { name: '开具并打印' }).click();
    const pdf = await savePdf(await popup, 'order-thanks', 'opened');
    // Only the volunteer who served (李师傅, after the 改派) gets a letter, naming the order's service.
    const text = pdf.text().replace(/\s+/g, '');
    expect(text).toContain('尊敬的李师傅同志');
    expect(text).toContain('维修：厨房水龙头漏水');
    expect(text).not.toContain('王师傅');
    expect(app.errors).toEqual([]);
  });

  test('keeps a low rating at 待回访 until the admin records the call', async ({ page }) => {
    const app = new DeskApp(page);
    await app.open();
    await app.completeSetup(SAMPLE_CENTER, false);
    await seedTeam(page);
    await page.evaluate(
      async (draft) => {
        const repos = await window.deskSeed.repos();
        const [v] = await repos.volunteers.search('王师傅', 1);
        const o = await repos.orders.create(draft);
        await repos.orders.act(o.id, { type: '受理' });
        await repos.orders.act(o.id, {
          type: '派单',
          to: { teamId: null, volunteerIds: [v?.id ?? ''] },
          dueAt: Date.now() + 86_400_000,
        });
        await repos.orders.act(o.id, { type: '接单' });
        await repos.orders.complete(o.id, {
          completedAt: Date.now(),
          summary: '陪同就医',
          volunteers: [{ volunteerId: v?.id ?? '', minutes: 120 }],
          asActivity: false,
          photos: [],
        });
      },
      phoneOrder('赵大爷', '13700000000', '陪同就医'),
    );
    await app.goTo('服务单');
    const orders = new OrdersPage(page);
    await orders.openCard('赵大爷');
    await orders.action('评单').click();
    const rate = orders.dialog('评单');
    await rate.getByRole('radio', { name: /^2 星/ }).focus();
    await page.keyboard.press('Enter');
    await expect(rate).toContainText('转为“待回访”');
    await rate.getByLabel('评价').fill('来晚了');
    await rate.getByRole('button', { name: '保存评价' }).click();
    await expect(orders.detail.getByText('待回访').first()).toBeVisible();
    await orders.action('回访').click();
    const follow = orders.dialog(/^回访 FW/);
    await expectNoSeriousAxe(page, '回访');
    await shot(page, 'followup');
    await follow.getByLabel('回访情况').fill('已致电致歉，居民表示理解');
    await follow.getByRole('button', { name: '登记回访并办结' }).click();
    await expect(orders.detail).toContainText('已致电致歉，居民表示理解');
    await expect(orders.detail.getByText('已办结').first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(orders.column('待回访')).toContainText('暂无');
    expect(app.errors).toEqual([]);
  });

  test('undoes a 不受理 from its message and restores a cancelled order with 恢复', async ({ page }) => {
    const app = new DeskApp(page);
    await app.open();
    await app.completeSetup(SAMPLE_CENTER, false);
    await injectSeed(page);
    await page.evaluate(
      async (draft) => {
        const repos = await window.deskSeed.repos();
        await repos.orders.create(draft);
      },
      phoneOrder('钱奶奶', '13600000000', '代购药品'),
    );
    await app.goTo('服务单');
    const orders = new OrdersPage(page);
    await orders.openCard('钱奶奶');
    await orders.action('不受理').click();
    const refuse = orders.dialog(/^不受理 FW/);
    await refuse.getByLabel('不受理原因').fill('点错了');
    await refuse.getByRole('button', { name: '不受理' }).click();
    await expect(orders.detail.getByText('不受理原因')).toBeVisible();
    await page.getByRole('button', { name: '撤销' }).click();
    await expect(orders.detail.getByText('待审单').first()).toBeVisible();
    await expect(orders.detail.getByText('不受理原因')).toBeHidden();
    await expect(orders.detail).toContainText('恢复为“待审单”');

    await orders.action('取消').click();
    const cancel = orders.dialog(/^取消 FW/);
    await cancel.getByLabel('取消原因').fill('居民已自行解决');
    await cancel.getByRole('button', { name: '取消服务单' }).click();
    await expect(orders.detail.getByText('取消原因')).toBeVisible();
    await page.mouse.move(0, 0);
    await orders.action('恢复').click();
    await expect(orders.detail.getByText('取消原因')).toBeHidden();
    await expect(orders.detail.getByText('待审单').first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(orders.column('待审单')).toContainText('钱奶奶');
    expect(app.errors).toEqual([]);
  });

  test('shows bad inputs at the field and keeps what was typed', async ({ page }) => {
    const app = new DeskApp(page);
    await app.open();
    await app.completeSetup(SAMPLE_CENTER, false);
    await seedTeam(page);
    await app.goTo('服务单');
    const orders = new OrdersPage(page);
    await orders.openForm();
    await orders.form.getByLabel('居民姓名').fill('孙奶奶');
    await orders.form.getByRole('button', { name: '提交点单' }).click();
    await expect(orders.form.getByText('请填写联系电话')).toBeVisible();
    await expect(orders.form.getByText('请填写需求描述')).toBeVisible();
    await expect(orders.form.getByLabel('居民姓名')).toHaveValue('孙奶奶');
    await orders.form.getByLabel('联系电话').fill('13612345678');
    await orders.form.getByLabel('需求描述').fill('窗户关不上');
    await orders.submitOrder();

    await orders.openCard('孙奶奶');
    await orders.action('受理').click();
    await orders.action('派单').click();
    const dispatch = orders.dialog(/^派单 FW/);
    await dispatch.getByRole('button', { name: '选用 王师傅' }).click();
    await dispatch.getByLabel('完成期限').fill('2020-01-01 10:00');
    await dispatch.getByRole('button', { name: '派单', exact: true }).click();
    await expect(dispatch.getByText('完成期限不能早于现在')).toBeVisible();
    await expect(dispatch.getByLabel('完成期限')).toHaveValue('2020-01-01 10:00');
    await dispatch.getByLabel('完成期限').fill('2099-01-01 10:00');
    await dispatch.getByRole('button', { name: '派单', exact: true }).click();
    await expect(dispatch).toBeHidden();
    await orders.action('接单').click();
    await orders.action('完成').click();
    const complete = orders.dialog(/^完成 FW/);
    await complete.getByLabel('服务内容').fill('修好了窗户');
    await complete.getByLabel('参与服务的志愿者').press('Backspace');
    await complete.getByRole('button', { name: '结项', exact: true }).click();
    await expect(complete.getByText('请至少选择一名参与服务的志愿者')).toBeVisible();
    await expect(complete.getByLabel('服务内容')).toHaveValue('修好了窗户');
    await page.keyboard.press('Escape');

    // The list and 来电查询 show the order by phone.
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: '全部服务单' }).click();
    await expect(page.getByRole('table')).toContainText('孙奶奶');
    await expectNoSeriousAxe(page, '全部服务单');
    await shot(page, 'list');
    await page.getByRole('tab', { name: '来电查询' }).click();
    await page.getByLabel('来电号码').fill('13612345678');
    await page.getByLabel('来电号码').press('Enter');
    await expect(page.getByRole('tabpanel', { name: '来电查询' })).toContainText('服务中');
    await expectNoSeriousAxe(page, '来电查询');
    await shot(page, 'caller');
    expect(app.errors).toEqual([]);
  });
});
