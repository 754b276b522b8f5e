// The compensation forms as staff use them in Tasklist, on a desktop (1440 px) and a phone (390 px):
// Design the solution shows the running total against the case's authority and says who approves a
// plan above it; the approver must choose approve or send back (a reason only for sending back);
// long "English / 中文" labels wrap instead of being cut; Set the customer's expectation does not
// offer to drive home a car that cannot drive. Screenshots go to target/e2e/.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const { login, shot, useAppAndBrowser, openTask, field } = require('./browser.cjs');
const { rescueAtDesign, partsOrderAtExpectation, waitFor, complete } = require('./seed.cjs');

const DESKTOP = { width: 1440, height: 1000 };
const PHONE = { width: 390, height: 844 };

let app;
let browser;
let desktopRescue;
let phoneRescue;

useAppAndBrowser((started, opened) => { app = started; browser = opened; }, async () => {
  desktopRescue = await rescueAtDesign(app, 'E2E-FORMS-1');
  phoneRescue = await rescueAtDesign(app, 'E2E-FORMS-2');
});

const text = part => `.fjs-container .fjs-form-field-text:has-text("${part}")`;

async function openTaskOf(processInstanceId, taskKey) {
  return waitFor(`${taskKey} to open`, async () => {
    const open = await app.api('admin', 'GET', `/engine-rest/task?processInstanceId=${processInstanceId}&taskDefinitionKey=${taskKey}`);
    return open.json && open.json[0];
  });
}

async function variable(processInstanceId, name) {
  return (await app.api('admin', 'GET', `/engine-rest/process-instance/${processInstanceId}/variables/${name}`)).json.value;
}

/** Closes Tasklist's toast of a refused attempt, which covers the Complete button. */
async function closeToasts(page) {
  for (const close of await page.locator('.page-notifications .alert :text-is("×")').all()) {
    if (await close.isVisible()) await close.click();
  }
}

/** Each visible label shows all of its text: nothing cut on the right, the required * inside the page. */
async function assertLabelsWhole(page, width) {
  const cut = await page.$$eval('.fjs-container .fjs-form-field-label', (labels, pageWidth) => labels
    .filter(l => l.offsetParent)
    .filter(l => l.scrollWidth > l.clientWidth + 1 || l.getBoundingClientRect().right > pageWidth
      || [...l.querySelectorAll('.fjs-asterix')].some(a => a.getBoundingClientRect().right > pageWidth))
    .map(l => l.textContent), width);
  assert.deepEqual(cut, [], `labels cut at ${width} px`);
}

async function fillPlan(page, problemFix, loss, emotional) {
  await page.fill(field('Field_problemFixItems'), '免费钣金喷漆 / free paint repair');
  await page.fill(field('Field_problemFixValue'), String(problemFix));
  await page.fill(field('Field_lossCompensationItems'), '洗车券 / wash coupons');
  await page.fill(field('Field_lossCompensationValue'), String(loss));
  await page.fill(field('Field_emotionalRepairItems'), '经理致电 / manager calls');
  await page.fill(field('Field_emotionalRepairValue'), String(emotional));
  await page.click(field('Field_problemFixItems')); // leave the last number field, as a person would
}

test('desktop: Design the solution shows the total against the authority and that the plan goes to approval', async () => {
  const page = await openTask(browser, app.base, 'advisor', desktopRescue.design.id, DESKTOP, 'Field_problemFixValue');

  assert.match(await page.textContent(text('Plan total')), /Plan total \/ 方案合计: 0 CNY/);
  assert.match(await page.textContent(text('Plan total')), /本案补偿权限: 500 CNY/);
  assert.ok(await page.isVisible(text('Within the authority')), 'an empty plan is within the authority');

  await fillPlan(page, 800, 300, 100);
  await page.waitForSelector(text('Goes to approval'));
  assert.match(await page.textContent(text('Plan total')), /方案合计: 1200 CNY/);
  assert.match(await page.textContent(text('Goes to approval')), /service manager \/ 服务经理/);
  assert.equal(await page.locator(text('Within the authority')).count(), 0, 'the automatic line is gone');
  assert.equal(await page.locator(text('regional manager')).count(), 0);
  await assertLabelsWhole(page, DESKTOP.width);
  await page.locator(text('Goes to approval')).scrollIntoViewIfNeeded();
  await shot(page, 'forms-01-desktop-design-total-goes-to-approval');

  await page.click('button.btn-primary:has-text("Complete")');
  const approval = await openTaskOf(desktopRescue.processInstanceId, 'Task_ApproveCompensation');
  assert.equal(await variable(desktopRescue.processInstanceId, 'totalCompensation'), 1200, 'the server added it up');
  assert.equal(await variable(desktopRescue.processInstanceId, 'approvalLevel'), 'SERVICE_MANAGER');
  const groups = (await app.api('admin', 'GET', `/engine-rest/task/${approval.id}/identity-links`)).json;
  assert.ok(groups.some(l => l.groupId === 'service-manager'), 'the service manager approves, as the form said');
  await page.close();
});

test('desktop: the approver must choose, and sending back needs a reason', async () => {
  const approval = await openTaskOf(desktopRescue.processInstanceId, 'Task_ApproveCompensation');
  const page = await openTask(browser, app.base, 'manager', approval.id, DESKTOP, 'Field_approvalDecision-0');
  assert.equal(await page.locator(field('Field_approvalComment')).count(), 0, 'no reason asked before sending back');
  assert.match(await page.textContent(field('Field_approvalLevel-display')),
    /Service manager \/ 服务经理/, 'the level in words, not its code');

  await page.click('button.btn-primary:has-text("Complete")');
  await page.waitForSelector('.fjs-form-field-error');
  await page.locator('.fjs-form-field-error').first().scrollIntoViewIfNeeded();
  await shot(page, 'forms-02-desktop-approval-choice-required');
  assert.equal((await openTaskOf(desktopRescue.processInstanceId, 'Task_ApproveCompensation')).id, approval.id,
    'a form left as it was decides nothing');

  await page.click('.fjs-form-field-radio label:has-text("Send back for redesign")');
  await page.waitForSelector(field('Field_approvalComment'));
  await page.fill(field('Field_approvalComment'), '情感修复请改为上门拜访 / make the emotional repair a home visit');
  await closeToasts(page);
  await assertLabelsWhole(page, DESKTOP.width);
  await page.locator(field('Field_approvalComment')).scrollIntoViewIfNeeded();
  await shot(page, 'forms-03-desktop-approval-send-back-with-reason');
  await page.click('button.btn-primary:has-text("Complete")');

  const redesign = await openTaskOf(desktopRescue.processInstanceId, 'Task_DesignSolution');
  assert.equal(await variable(desktopRescue.processInstanceId, 'approvalDecision'), 'SENT_BACK');
  assert.match(await variable(desktopRescue.processInstanceId, 'approvalComment'), /home visit/);
  await page.close();

  const designer = await openTask(browser, app.base, 'advisor', redesign.id, DESKTOP, 'Field_problemFixValue');
  assert.match(await designer.inputValue(field('Field_approvalComment')), /home visit/, 'the designer reads the reason');
  await designer.locator(field('Field_approvalComment')).scrollIntoViewIfNeeded();
  await shot(designer, 'forms-04-desktop-design-after-send-back');
  await designer.close();
});

test('phone: the total, the approval line and the labels at 390 px; the approver approves', async () => {
  const page = await openTask(browser, app.base, 'advisor', phoneRescue.design.id, PHONE, 'Field_problemFixValue');
  await fillPlan(page, 4000, 1500, 500);
  await page.waitForSelector(text('Goes to approval'));
  assert.match(await page.textContent(text('Plan total')), /方案合计: 6000 CNY/);
  assert.match(await page.textContent(text('Goes to approval')), /regional manager \/ 区域经理/);
  await assertLabelsWhole(page, PHONE.width);
  await page.locator(text('Goes to approval')).scrollIntoViewIfNeeded();
  await shot(page, 'forms-05-phone-design-total-goes-to-approval');
  await page.click('button.btn-primary:has-text("Complete")');
  const approval = await openTaskOf(phoneRescue.processInstanceId, 'Task_ApproveCompensation');
  await page.close();

  const approver = await openTask(browser, app.base, 'regional', approval.id, PHONE, 'Field_approvalDecision-0');
  await approver.click('.fjs-form-field-radio label:has-text("Approve the plan")');
  assert.equal(await approver.locator(field('Field_approvalComment')).count(), 0, 'no reason for an approval');
  await assertLabelsWhole(approver, PHONE.width);
  await shot(approver, 'forms-06-phone-approval-approve');
  await approver.click('button.btn-primary:has-text("Complete")');

  const execute = await openTaskOf(phoneRescue.processInstanceId, 'Task_ExecuteAndFollowUp');
  assert.equal(execute.name, 'Execute and follow up / 方案执行与跟进');
  assert.equal(await variable(phoneRescue.processInstanceId, 'approvalDecision'), 'APPROVED');
  await approver.close();
});

test('a car that cannot drive is not offered "drive it home"', async () => {
  const order = await partsOrderAtExpectation(app, 'E2E-FORMS-RO-1');
  const page = await openTask(browser, app.base, 'manager', order.expectation.id, PHONE, 'Field_customerOption-0');
  const choices = await page.$$eval('.fjs-form-field-radio:has([id$="-Field_customerOption-0"]) label:has(input)',
    labels => labels.map(l => l.textContent.trim()));
  assert.ok(choices.some(c => c.startsWith('A) Leave the car with us')), choices.join(' | '));
  assert.ok(!choices.some(c => c.includes('Drive it home')), `offered: ${choices.join(' | ')}`);
  assert.equal(await page.locator('.fjs-container >> text=SAME_DAY_LOANER').count(), 0, 'the entitlement in words');
  await assertLabelsWhole(page, PHONE.width);
  await page.locator('[id$="-Field_customerOption-0"]').scrollIntoViewIfNeeded();
  await shot(page, 'forms-07-phone-expectation-no-drive-home');
  await page.close();

  // and the server refuses it from any client
  const refused = await app.api('manager', 'POST', `/engine-rest/task/${order.expectation.id}/complete`, { variables: {
    promisedDate: { value: '2099-01-05' }, worstCaseDate: { value: '2099-01-09' }, customerOption: { value: 'B_DRIVE_HOME' },
    waitingBenefit: { value: 'LOANER' }, commitmentsExplained: { value: true } } });
  assert.equal(refused.status, 400);
  assert.match(refused.text, /not 'B_DRIVE_HOME'/);
  const promised = new Date(Date.now() + 12 * 24 * 3600 * 1000).toISOString().slice(0, 10); // the ETA + 2 days
  await complete(app, 'manager', 'E2E-FORMS-RO-1', 'Task_SetExpectation', { promisedDate: promised,
    worstCaseDate: promised, customerOption: 'A_LEAVE_CAR', waitingBenefit: 'LOANER', commitmentsExplained: true });
});
