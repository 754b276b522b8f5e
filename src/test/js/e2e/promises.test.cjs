// Issue 19: the sales advisor's promises reach the service side. A checklist with a standard free
// item, a special time promise the service manager approves and a price promise he refuses; then a
// low score from that customer: the service advisor's First contact in Tasklist shows what sales
// promised (and not what was refused) before the call. Screenshots go to target/e2e/.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const { variables } = require('./app.cjs');
const { login, shot, useAppAndBrowser } = require('./browser.cjs');
const { waitFor } = require('./seed.cjs');

const iso = date => date.toISOString().replace(/\.\d+Z$/, 'Z');
const field = id => `.fjs-container [id$="-${id}"]`;

let app;
let browser;

useAppAndBrowser((started, opened) => { app = started; browser = opened; });

/** The service manager decides a special promise as in Tasklist: claim, then submit the form. */
async function decide(taskId, decision, reason) {
  assert.equal((await app.api('manager', 'POST', `/engine-rest/task/${taskId}/claim`, { userId: 'manager' })).status, 204);
  const done = await app.api('manager', 'POST', `/engine-rest/task/${taskId}/submit-form`,
    { variables: variables({ promiseDecision: decision, promiseDecisionReason: reason }) });
  assert.equal(done.status, 204, done.text);
}

test("the service advisor's first contact shows the customer's promises", async () => {
  const confirmed = new Date(Date.now() - 1800 * 1000);
  // the centre's time (Asia/Shanghai, no daylight saving) as the form shows it
  const confirmedInWords = new Date(confirmed.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 16).replace('T', ' ');
  const checklist = await app.api('sales', 'POST', '/api/customer-promises', {
    checklistId: 'CL-E2E-1', customerId: 'C-E2E-PROM-1', orderId: 'SO-E2E-1',
    recordedAt: iso(new Date(Date.now() - 3600 * 1000)),
    customerConfirmedAt: iso(confirmed),
    items: [
      { kind: 'FREE_SERVICE', description: '首保免费 / first maintenance free', value: 300 },
      { kind: 'TIME', description: '配件24小时到 / any part within 24 hours', value: 0 },
      { kind: 'PRICE', description: '维修八折 / 20% off every repair', value: 2000 },
    ],
  });
  assert.equal(checklist.status, 201, checklist.text);
  const approvals = (await app.api('admin', 'GET',
    `/engine-rest/task?processInstanceId=${checklist.json.processInstanceId}&taskDefinitionKey=Task_PreApprovePromise`)).json;
  assert.equal(approvals.length, 2, 'the time and the price promise wait for the service manager');
  for (const approval of approvals) {
    const item = (await app.api('admin', 'GET', `/engine-rest/task/${approval.id}/variables/promiseItemId`)).json;
    const isTime = item.value === 'CL-E2E-1#2';
    await decide(approval.id, isTime ? 'APPROVED' : 'REFUSED', isTime ? '本地有库存 / stocked locally' : '不能承诺维修价格 / not ours to give');
  }

  const started = await app.api('integration', 'POST', '/api/nps-responses', {
    surveyId: 'E2E-PROM-1', answeredAt: iso(new Date()), score: 6, comment: '说好24小时到的配件等了一周 / the 24 h part took a week',
    serviceOrderId: 'RO-E2E-PROM-1', customer: { id: 'C-E2E-PROM-1', name: '李女士', phone: '+86 138 0000 0003', highValue: false },
    vehicle: { model: 'Model Y', plate: '京A33333' }, publicOpinionRisk: false,
  });
  assert.equal(started.status, 201, started.text);
  const firstContact = await waitFor('the first contact', async () => (await app.api('admin', 'GET',
    `/engine-rest/task?processInstanceId=${started.json.processInstanceId}&taskDefinitionKey=Task_FirstContact`)).json[0]);

  const page = await login(browser, app.base, 'tasklist', 'advisor');
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.goto(`${app.base}/camunda/app/tasklist/default/#/?task=${firstContact.id}`);
  await page.waitForSelector(field('Field_customerPromisesInWords'));
  const promises = await page.inputValue(field('Field_customerPromisesInWords'));
  assert.match(promises, /Free item \/ 免费项目: 首保免费 \/ first maintenance free/);
  assert.match(promises, /Time promise \/ 时间承诺: 配件24小时到 \/ any part within 24 hours .*Approved \/ 已批准 \(本地有库存/);
  assert.doesNotMatch(promises, /20% off/, 'a refused promise was never made');
  assert.ok(promises.includes(`Confirmed by the customer / 客户确认 ${confirmedInWords}`), promises);
  assert.ok(await page.isDisabled(field('Field_customerPromisesInWords')), 'read-only');
  assert.match(await page.textContent('.fjs-container'), /Sales promises to this customer \/ 销售对该客户的承诺/);
  await page.locator(field('Field_customerPromisesInWords')).scrollIntoViewIfNeeded();
  await shot(page, 'promises-01-first-contact-shows-sales-promises');
  await page.close();
});

test("the service manager's pre-approval says when the customer already signed for the promise", async () => {
  const recorded = new Date(Date.now() - 600 * 1000);
  const draft = await app.api('sales', 'POST', '/api/customer-promises', {
    checklistId: 'CL-E2E-2', customerId: 'C-E2E-PROM-2', orderId: 'SO-E2E-2', recordedAt: iso(recorded),
    items: [{ kind: 'PRICE', description: '维修八折 / 20% off every repair', value: 2000 }],
  });
  assert.equal(draft.status, 201, draft.text);
  const [approval] = (await app.api('admin', 'GET',
    `/engine-rest/task?processInstanceId=${draft.json.processInstanceId}&taskDefinitionKey=Task_PreApprovePromise`)).json;
  const page = await login(browser, app.base, 'tasklist', 'manager');
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.goto(`${app.base}/camunda/app/tasklist/default/#/?task=${approval.id}`);
  await page.waitForSelector(field('Field_promiseInWords'));
  assert.equal(await page.locator(field('Field_customerConfirmedInWords')).count(), 0, 'a draft: not promised yet');

  const signed = new Date(Date.now() - 60 * 1000);
  const confirmation = await app.api('sales', 'POST', '/api/customer-promises/CL-E2E-2/confirmation',
    { customerConfirmedAt: iso(signed) });
  assert.equal(confirmation.status, 201, confirmation.text);
  await page.reload();
  await page.waitForSelector(field('Field_customerConfirmedInWords'));
  const signedInWords = new Date(signed.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 16).replace('T', ' ');
  const words = await page.inputValue(field('Field_customerConfirmedInWords'));
  assert.ok(words.startsWith(`客户已于 ${signedInWords} 签字确认清单`), words);
  assert.ok(await page.isDisabled(field('Field_customerConfirmedInWords')), 'read-only');
  await shot(page, 'promises-02-pre-approval-after-the-customer-signed');
  await page.close();
});
