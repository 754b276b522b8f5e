// The red alert's forms as staff use them in Tasklist (desktop 1440 px, phone 390 px): a party of
// the joint decision sees the orders of each tier in words and moves one; the server refuses a plan
// that leaves an order out; the sales advisor offers a customer only the options of the decided tier
// (three for a minor issue, two for a delayed car) and records the choice; with media involved,
// marketing sees only its own part and confirms it. Screenshots: target/e2e/.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const { login, shot, useAppAndBrowser, openTask, field } = require('./browser.cjs');
const { waitFor, task } = require('./seed.cjs');

const DESKTOP = { width: 1440, height: 1000 };
const PHONE = { width: 390, height: 844 };
const ALERT = 'E2E-RA-1';

let app;
let browser;
let alertId;

const json = value => ({ value: JSON.stringify(value), type: 'Json' });

function order(n, severity) {
  return {
    orderId: `${ALERT}-O${n}`, customer: { id: `C-${n}`, name: `客户${n}`, phone: '+86 138 0000 0000', highValue: false },
    vehicle: { vin: `LRW3E7FS0RC00000${n}`, model: 'Model Y' }, deliveryAt: '2026-12-01T10:00:00+08:00', severity,
  };
}

useAppAndBrowser((started, opened) => { app = started; browser = opened; }, async () => {
  const raised = await app.api('quality', 'POST', '/api/red-alerts', {
    alertId: ALERT, discoveredAt: new Date(Date.now() - 5 * 60_000).toISOString().replace(/\.\d+Z$/, 'Z'),
    description: 'Tailgate gap 5.8 mm against 4 mm / 尾门间隙5.8毫米,标准4毫米',
    orders: [order(1, 'NONE'), order(2, 'MINOR'), order(3, 'MAJOR'), order(4, 'MINOR')],
  });
  assert.equal(raised.status, 201, raised.text);
  alertId = raised.json.processInstanceId;
});

const ticked = (page, list) => page.$$eval(`.fjs-form-field-checklist:has([id$="-Field_${list}-0"]) label:has(input:checked)`,
  labels => labels.map(l => l.textContent.trim()));

test('desktop: sales sees the proposed tiers in words and moves a car to a delay', async () => {
  const decide = await task(app, ALERT, 'Task_SalesDecides');
  const page = await openTask(browser, app.base, 'sales', decide.id, DESKTOP, 'Field_decisionNote');
  const choice = await ticked(page, 'choiceOrders');
  assert.equal(choice.length, 2, choice.join(' | '));
  assert.ok(choice[0].includes('客户2') && choice[0].includes('Minor issue, adjustable / 轻微问题,可调整'), choice[0]);
  assert.deepEqual((await ticked(page, 'delayOrders')).map(l => l.split(' · ')[0]), ['客户3']);
  assert.equal(await page.locator('.fjs-container >> text=DELIVERY_QUALITY').count(), 0, 'the kind in words');

  const inList = (list, who) => `.fjs-form-field-checklist:has([id$="-Field_${list}-0"]) label:has-text("${who}") input`;
  await page.uncheck(inList('choiceOrders', '客户4'));
  await page.check(inList('delayOrders', '客户4'));
  await page.fill(field('Field_decisionNote'), '客户4 has a wedding on Saturday / 周六婚礼用车');
  await page.locator(field('Field_delayOrders-0')).scrollIntoViewIfNeeded();
  await shot(page, 'red-alert-01-desktop-joint-decision');
  await page.click('button.btn-primary:has-text("Complete")');
  await waitFor('the sales part to complete', async () =>
    (await app.api('admin', 'GET', `/engine-rest/task?processInstanceId=${alertId}&taskDefinitionKey=Task_SalesDecides`)).json.length === 0);
  const delay = (await app.api('admin', 'GET',
    `/engine-rest/process-instance/${alertId}/variables/delayOrders?deserializeValue=false`)).json.value;
  assert.deepEqual(JSON.parse(delay).sort(), [`${ALERT}-O3`, `${ALERT}-O4`]);
  await page.close();
});

test('the server refuses a plan that leaves an order out, then the other parties confirm', async () => {
  const delivery = await task(app, ALERT, 'Task_DeliveryDecides');
  const plan = { deliverOrders: json([`${ALERT}-O1`]), choiceOrders: json([`${ALERT}-O2`]), delayOrders: json([`${ALERT}-O3`]) };
  const refused = await app.api('delivery', 'POST', `/engine-rest/task/${delivery.id}/complete`, { variables: plan });
  assert.equal(refused.status, 400, refused.text);
  assert.match(refused.text, /O4 has no tier/);
  plan.delayOrders = json([`${ALERT}-O3`, `${ALERT}-O4`]);
  assert.equal((await app.api('delivery', 'POST', `/engine-rest/task/${delivery.id}/complete`, { variables: plan })).status, 204);
  const service = await task(app, ALERT, 'Task_ServiceDecides');
  const done = await app.api('manager', 'POST', `/engine-rest/task/${service.id}/complete`, { variables: plan });
  assert.equal(done.status, 204, done.text);
});

async function offerOf(orderId) {
  return waitFor(`the conversation of ${orderId}`, async () => {
    const open = (await app.api('admin', 'GET',
      `/engine-rest/task?processInstanceId=${alertId}&taskDefinitionKey=Task_OfferOptions`)).json || [];
    for (const t of open) {
      const id = (await app.api('admin', 'GET', `/engine-rest/task/${t.id}/variables/orderId`)).json;
      if (id && id.value === orderId) return t;
    }
    return null;
  });
}

const choices = page => page.$$eval('.fjs-form-field-radio:has([id$="-Field_customerChoice-0"]) label:has(input)',
  labels => labels.map(l => l.textContent.trim()));

test('phone: the advisor offers a minor-issue customer three options and records the choice', async () => {
  const offer = await offerOf(`${ALERT}-O2`);
  const page = await openTask(browser, app.base, 'sales', offer.id, PHONE, 'Field_customerChoice-0');
  const offered = await choices(page);
  assert.equal(offered.length, 3, offered.join(' | '));
  assert.ok(offered[0].startsWith('Accept the car now'), offered[0]);
  assert.match(await page.textContent(field('Field_tier-display')), /The customer chooses \/ 客户选择方案/);
  await page.click('.fjs-form-field-radio label:has-text("Wait for the replacement")');
  await page.fill(field('Field_compensationValue'), '600');
  await page.fill(field('Field_conversationNote'), '想要一辆完美的车 / wants a perfect car');
  await shot(page, 'red-alert-02-phone-customer-choice');
  await page.click('button.btn-primary:has-text("Complete")');
  await waitFor('the wait to be arranged', async () =>
    ((await app.api('admin', 'GET', `/engine-rest/task?processInstanceId=${alertId}&taskDefinitionKey=Task_ArrangeWait`)).json || []).length === 1);
  await page.close();
});

test('desktop: a delayed customer is offered waiting or cancelling only', async () => {
  const offer = await offerOf(`${ALERT}-O4`);
  const page = await openTask(browser, app.base, 'sales', offer.id, DESKTOP, 'Field_customerChoice-0');
  const offered = await choices(page);
  assert.deepEqual(offered.map(o => o.split(',')[0].split(' ')[0]), ['Wait', 'Cancel'], offered.join(' | '));
  assert.match(await page.textContent(field('Field_tier-display')), /Delay with a loaner/);
  await shot(page, 'red-alert-03-desktop-delayed-customer-choice');
  await page.close();
  // and the server refuses the option the tier does not offer
  const refused = await app.api('sales', 'POST', `/engine-rest/task/${offer.id}/complete`, { variables: {
    customerChoice: { value: 'ACCEPT' }, compensationValue: { value: 0 }, conversationNote: { value: 'x' } } });
  assert.equal(refused.status, 400, refused.text);
});

test('desktop: with media involved, marketing sees only its own part in Tasklist and confirms the tiers', async () => {
  const MEDIA = 'E2E-RA-MEDIA';
  const raised = await app.api('quality', 'POST', '/api/red-alerts', {
    alertId: MEDIA, discoveredAt: new Date(Date.now() - 5 * 60_000).toISOString().replace(/\.\d+Z$/, 'Z'),
    description: 'A reporter asks about tailgate gaps / 记者询问尾门间隙', mediaInvolved: true,
    orders: [order(5, 'NONE'), order(6, 'MINOR')].map(o => ({ ...o, orderId: o.orderId.replace(ALERT, MEDIA) })),
  });
  assert.equal(raised.status, 201, raised.text);
  const own = await task(app, MEDIA, 'Task_MarketingDecides');
  const visible = (await app.api('marketing', 'GET', '/engine-rest/task?maxResults=1000')).json.map(t => t.taskDefinitionKey);
  assert.deepEqual([...new Set(visible)], ['Task_MarketingDecides'], 'marketing sees only its own part');

  const page = await openTask(browser, app.base, 'marketing', own.id, DESKTOP, 'Field_decisionNote');
  assert.equal((await ticked(page, 'choiceOrders')).length, 1);
  await page.fill(field('Field_decisionNote'), '媒体已问询,按建议执行 / the press asked; as proposed');
  await shot(page, 'red-alert-04-desktop-marketing-decides');
  await page.click('button.btn-primary:has-text("Complete")');
  await waitFor('marketing\'s part to complete', async () =>
    (await app.api('admin', 'GET', `/engine-rest/task?processInstanceId=${own.processInstanceId}&taskDefinitionKey=Task_MarketingDecides`)).json.length === 0);
  const open = (await app.api('admin', 'GET', `/engine-rest/task?processInstanceId=${own.processInstanceId}`)).json;
  assert.deepEqual(open.map(t => t.taskDefinitionKey).sort(), ['Task_DeliveryDecides', 'Task_SalesDecides', 'Task_ServiceDecides'],
    'the decision waits for the three');
  await page.close();
});
