// What service staff and auditors touch, tested as they touch it: Tasklist forms in a real
// browser, and Cockpit for an auditor. Screenshots of each step go to target/e2e/.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const { login, shot, useAppAndBrowser, field } = require('./browser.cjs');
const { runningRescue, finishedRescue, waitFor } = require('./seed.cjs');

let app;
let browser;
let running;
let finished;

useAppAndBrowser((started, opened) => { app = started; browser = opened; }, async () => {
  finished = await finishedRescue(app, 'E2E-FINISHED-1');
  running = await runningRescue(app, 'E2E-RUNNING-1');
});


test('the service manager works the first contact of a rescue in Tasklist', async () => {
  const page = await login(browser, app.base, 'tasklist', 'manager');
  await page.click('text=Group tasks');
  await page.click('.tasks-list >> text=First contact and listen (LEAP)');
  await page.waitForSelector('.fjs-container');
  await shot(page, '01-manager-tasklist-first-contact');
  // only what the manager may use (aftersales/task-rights.js): Claim, the due date and groups as text
  for (const control of ['.create-task-action', '.start-process-action', '.createCommentLink', 'ul.dates .followup-date',
    '.reset-due-date']) {
    assert.equal(await page.locator(control).isVisible(), false, `${control} is not offered to the manager`);
  }
  assert.ok(await page.locator('ul.dates .due-date').isVisible(), 'the due date is shown');
  for (const text of ['ul.dates .due-date', '.actors .groups > span']) {
    assert.equal(await page.locator(text).evaluate(e => getComputedStyle(e).pointerEvents), 'none', `${text} opens no editor`);
  }

  for (const id of ['Field_customerName', 'Field_leapListened', 'Field_painPoints', 'Field_promise',
    'Field_promisedCallbackAt-date', 'Field_promisedCallbackAt-time']) {
    assert.ok(await page.isVisible(field(id)), `form field ${id} is shown`);
  }
  assert.equal(await page.inputValue(field('Field_grade')), 'S');

  await page.click('button.claim');
  await page.waitForSelector(`${field('Field_painPoints')}:not([disabled])`);
  // a claim taken by mistake is released with Tasklist's Unclaim (the engine alone refused it to staff)
  const firstContact = async () =>
    (await app.api('admin', 'GET', `/engine-rest/task?processInstanceId=${running.processInstanceId}`)).json[0];
  await page.click('button.unclaim');
  await page.waitForSelector('button.claim');
  await waitFor('the release', async () => (await firstContact()).assignee === null);
  await page.click('button.claim');
  await page.waitForSelector(`${field('Field_painPoints')}:not([disabled])`);
  await waitFor('the claim again', async () => (await firstContact()).assignee === 'manager');
  await page.click('button.btn-primary:has-text("Complete")');
  await page.waitForSelector('.fjs-form-field-error');
  const errors = await page.$$eval('.fjs-form-field-error', els => els.filter(e => e.offsetParent).length);
  assert.ok(errors >= 6, `validation messages for the required fields (saw ${errors})`);
  await shot(page, '02-manager-first-contact-validation');
  assert.equal((await app.api('admin', 'GET', `/engine-rest/task?processInstanceId=${running.processInstanceId}`)).json[0]
    .taskDefinitionKey, 'Task_FirstContact', 'an empty form completes nothing');

  for (const id of ['Field_leapListened', 'Field_leapEmpathized', 'Field_leapAcknowledged', 'Field_leapPromised']) {
    await page.check(field(id));
  }
  await page.fill(field('Field_painPoints'), '没能按时接孩子 / missed picking up my child');
  await page.fill(field('Field_promise'), '今晚20:00前给出完整方案 / a full solution by 20:00 tonight');
  const tomorrow = new Date(Date.now() + 24 * 3600 * 1000);
  const date = `${String(tomorrow.getMonth() + 1).padStart(2, '0')}/${String(tomorrow.getDate()).padStart(2, '0')}/${tomorrow.getFullYear()}`;
  // typed like a person, so the date and time pickers take the values
  await page.click(field('Field_promisedCallbackAt-date'));
  await page.keyboard.type(date);
  await page.keyboard.press('Enter');
  await page.click(field('Field_promisedCallbackAt-time'));
  await page.keyboard.type('20:00');
  await page.keyboard.press('Enter');
  await page.click(field('Field_painPoints'));
  assert.equal(await page.locator('.fjs-form-field-error').count(), 0, 'no validation message left');
  await shot(page, '03-manager-first-contact-filled');
  // close Tasklist's "error while submitting" toast of the empty attempt, which covers the button
  for (const close of await page.locator('.page-notifications .alert :text-is("×")').all()) {
    if (await close.isVisible()) await close.click();
  }
  await page.click('button.btn-primary:has-text("Complete")');

  const next = await waitFor('the investigation task', async () => {
    const open = await app.api('admin', 'GET', `/engine-rest/task?processInstanceId=${running.processInstanceId}`);
    return open.json.find(t => t.taskDefinitionKey === 'Task_Investigate');
  });
  assert.equal(next.name, 'Investigate and find the root cause / 问题调查与根因分析');
  const promised = await app.api('admin', 'GET',
    `/engine-rest/process-instance/${running.processInstanceId}/variables/promisedCallbackAt`);
  assert.match(promised.json.value, /^\d{4}-\d\d-\d\dT20:00/);
  await shot(page, '04-manager-first-contact-completed');
  await page.close();
});

test('an admin, whom the engine lets create, change and start, is offered those controls', async () => {
  const page = await login(browser, app.base, 'tasklist', 'admin');
  await page.goto(`${app.base}/camunda/app/tasklist/default/#/?task=${(await app.api('admin', 'GET',
    `/engine-rest/task?processInstanceId=${running.processInstanceId}`)).json[0].id}`);
  await page.waitForSelector('.create-task-action', { state: 'visible' });
  await page.waitForSelector('.start-process-action', { state: 'visible' });
  await page.waitForSelector('.createCommentLink', { state: 'visible' });
  await page.waitForSelector('ul.dates .followup-date', { state: 'visible' });
  assert.equal(await page.locator('ul.dates .due-date').evaluate(e => getComputedStyle(e).pointerEvents), 'auto');
  await page.close();
});

test('a service advisor does not see the grade S first contact', async () => {
  const other = await runningRescue(app, 'E2E-RUNNING-2');
  const page = await login(browser, app.base, 'tasklist', 'advisor');
  await page.click('text=Group tasks');
  await page.waitForTimeout(1500);
  await shot(page, '05-advisor-tasklist');
  assert.equal(await page.locator('.tasks-list >> text=First contact and listen (LEAP)').count(), 0);

  const seen = await app.api('advisor', 'GET', '/engine-rest/task?processInstanceBusinessKey=E2E-RUNNING-2');
  assert.deepEqual(seen.json, []);
  const task = (await app.api('admin', 'GET', `/engine-rest/task?processInstanceId=${other.processInstanceId}`)).json[0];
  assert.equal((await app.api('advisor', 'POST', `/engine-rest/task/${task.id}/complete`, {})).status, 403);
  await page.close();
});

test('the auditor reads rescues in Cockpit and has no way to change them', async () => {
  const page = await login(browser, app.base, 'cockpit', 'auditor');
  await page.waitForSelector('text=Processes');
  await shot(page, '06-auditor-cockpit-dashboard');

  // running rescues: the definition lists them, the instance shows its activities and variables
  await page.goto(`${app.base}/camunda/app/cockpit/default/#/processes`);
  await page.click('text=Low-score rescue');
  await page.waitForSelector('text=E2E-RUNNING-1');
  await shot(page, '07-auditor-rescue-definition');
  await assertNoModifyingActions(page, 'process definition');

  await page.goto(`${app.base}/camunda/app/cockpit/default/#/process-instance/${running.processInstanceId}/runtime`);
  await page.waitForSelector('text=alertLevel');
  assert.ok(await page.isVisible('text=grade'), 'variables are listed');
  assert.ok(await page.getByText('Investigate and find the root cause').first().isVisible(),
    'the current activity is shown');
  await shot(page, '08-auditor-running-rescue-variables');
  await assertNoModifyingActions(page, 'process instance');

  // finished rescues: their decisions are in Cockpit's history of the grading table
  await page.goto(`${app.base}/camunda/app/cockpit/default/#/decisions`);
  await page.click('text=NPS alert level and rescue grade');
  await page.waitForSelector(`text=${finished.processInstanceId}`);
  await shot(page, '09-auditor-grading-decisions-history');
  await page.click(`text=${finished.processInstanceId}`);
  await page.waitForTimeout(1500);
  await shot(page, '10-auditor-finished-rescue');

  // the same history over REST, as the auditor
  const history = await app.api('auditor', 'GET',
    '/engine-rest/history/process-instance?processDefinitionKey=lowScoreRescue&finished=true');
  assert.ok(history.json.some(h => h.businessKey === 'E2E-FINISHED-1' && h.state === 'COMPLETED'));
  const activities = await app.api('auditor', 'GET',
    `/engine-rest/history/activity-instance?processInstanceId=${finished.processInstanceId}`);
  const passed = activities.json.map(a => a.activityId);
  for (const id of ['Task_FirstContact', 'Timer_ResponseSla', 'Task_HandleMissedResponse', 'Event_ReRatingReceived',
    'Task_ReviewAndImprove', 'EndEvent_RescueClosed']) {
    assert.ok(passed.includes(id), `history shows ${id}`);
  }
  const outcome = await app.api('auditor', 'GET',
    `/engine-rest/history/variable-instance?processInstanceId=${finished.processInstanceId}&variableName=outcome`);
  assert.equal(outcome.json[0].value, 'PROMOTER');

  // and every modifying call is refused
  const instance = running.processInstanceId;
  const task = (await app.api('admin', 'GET', `/engine-rest/task?processInstanceId=${instance}`)).json[0];
  const refused = [
    await app.api('auditor', 'DELETE', `/engine-rest/process-instance/${instance}`),
    await app.api('auditor', 'PUT', `/engine-rest/process-instance/${instance}/variables/grade`, { value: 'B', type: 'String' }),
    await app.api('auditor', 'PUT', `/engine-rest/process-instance/${instance}/suspended`, { suspended: true }),
    await app.api('auditor', 'POST', `/engine-rest/task/${task.id}/complete`, {}),
    await app.api('auditor', 'DELETE', `/engine-rest/history/process-instance/${finished.processInstanceId}`),
  ];
  assert.deepEqual(refused.map(r => r.status), [403, 403, 403, 403, 403]);
  const state = await app.api('admin', 'GET', `/engine-rest/process-instance/${instance}`);
  assert.equal(state.json.suspended, false);
  await page.close();
});

/** No visible Cockpit control whose purpose is to change something. */
async function assertNoModifyingActions(page, where) {
  await page.waitForTimeout(1000);
  const visible = await page.$$eval('[uib-tooltip], button, a.btn', els => els
    .filter(e => e.offsetParent !== null)
    .map(e => `${e.getAttribute('uib-tooltip') || ''} ${e.textContent || ''}`.trim()));
  const modifying = visible.filter(text => /\b(delete|edit|suspend|activate|add a new|increment|retry|cancel|modif|migrat|change)/i.test(text));
  assert.deepEqual(modifying, [], `modifying actions visible on the ${where} page`);
}
