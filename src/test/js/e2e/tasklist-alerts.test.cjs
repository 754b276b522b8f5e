// Issue 13: a grade S customer reaches the service manager in Tasklist. The survey system posts a
// RED score while the manager is logged in; the header's "Alerts / 通知" counts it without a reload,
// lists it, and opens the case's First contact task. An advisor is not shown that alert.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const { login, shot, useAppAndBrowser } = require('./browser.cjs');
const { runningRescue, waitFor } = require('./seed.cjs');

let app;
let browser;

useAppAndBrowser((started, opened) => { app = started; browser = opened; });

const COUNT = '[data-test="alerts-count"]';
const alertOf = surveyId => `[data-test="alert"][data-business-key="${surveyId}"]`;
// the plugin refreshes every 30 s on its own (its setInterval); the page's clock is moved on by one
// period instead of waiting it out, so the plugin's own timer fires and fetches for real
const REFRESH_PERIOD = '00:31';

/** 2026-11-27 20:00 in the centre's time zone (the application's default, Asia/Shanghai). */
function centreTime(instant) {
  const part = Object.fromEntries(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric',
    month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .formatToParts(new Date(instant)).map(p => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}`;
}

test('a RED score reaches the logged-in service manager in Tasklist\'s header and opens the First contact', async () => {
  // Tasklist's own Content-Security-Policy (Camunda's header security) is on, and lets the plugin run
  const index = await fetch(`${app.base}/camunda/app/tasklist/default/`);
  assert.match(index.headers.get('content-security-policy') || '', /script-src/);
  await browser.clock.install(); // time flows as usual until it is moved on below
  const page = await login(browser, app.base, 'tasklist', 'manager');
  await page.waitForSelector('[data-test="alerts-toggle"]');
  assert.equal(await page.isVisible(COUNT), false, 'no alerts yet, no count');
  await shot(page, '30-manager-tasklist-no-alerts');

  const rescue = await runningRescue(app, 'E2E-ALERT-S1');
  assert.equal(rescue.alertLevel, 'RED');
  await waitFor('the alert to the service managers', async () =>
    (await app.api('manager', 'GET', '/api/notifications?businessKey=E2E-ALERT-S1')).json.length > 0);
  await page.clock.fastForward(REFRESH_PERIOD);
  await page.waitForSelector(`${COUNT}:text-is("1")`); // no reload: the header refreshed itself
  await shot(page, '31-manager-alert-count');

  await page.click('[data-test="alerts-toggle"]');
  await page.waitForSelector(alertOf('E2E-ALERT-S1'));
  const sent = (await app.api('manager', 'GET', '/api/notifications?businessKey=E2E-ALERT-S1')).json;
  assert.equal(sent.length, 1);
  const item = page.locator(alertOf('E2E-ALERT-S1'));
  assert.match(await item.textContent(), /Red alert \/ 红色预警 · Grade S \/ S级 · 王先生 评分 score 2/);
  assert.match(await item.textContent(), new RegExp(`${centreTime(sent[0].createdAt)} · Urgent / 紧急 · E2E-ALERT-S1`));
  assert.match(await item.getAttribute('class'), /is-new/);
  assert.equal(await page.isVisible(COUNT), false, 'opening the list counts the alert as seen');
  await shot(page, '32-manager-alerts-panel');

  await item.click();
  await page.waitForSelector('.fjs-container');
  const firstContact = (await app.api('admin', 'GET', `/engine-rest/task?processInstanceId=${rescue.processInstanceId}`)).json[0];
  assert.equal(firstContact.taskDefinitionKey, 'Task_FirstContact');
  assert.match(page.url(), new RegExp(`task=${firstContact.id}`));
  assert.ok(await page.getByRole('heading', { name: 'First contact and listen (LEAP)' }).first().isVisible());
  assert.equal(await page.inputValue('.fjs-container [id$="-Field_grade"]'), 'S');
  assert.equal(await page.isVisible('[data-test="alerts-panel"]'), false, 'the list closed');
  await shot(page, '33-manager-alert-opens-first-contact');

  // "last seen" is kept in the browser: after a reload the alert is not counted again
  await page.reload();
  await page.waitForSelector('[data-test="alerts-toggle"]');
  await page.waitForTimeout(1500);
  assert.equal(await page.isVisible(COUNT), false);
  await page.close();
});

test('a service advisor is not shown the grade S alert addressed to the service managers', async () => {
  await runningRescue(app, 'E2E-ALERT-S2');
  const page = await login(browser, app.base, 'tasklist', 'advisor');
  await page.waitForSelector('[data-test="alerts-toggle"]');
  await page.click('[data-test="alerts-toggle"]');
  await page.waitForSelector('[data-test="alerts-panel"] >> text=No alerts / 暂无通知');
  assert.equal(await page.locator(alertOf('E2E-ALERT-S1')).count(), 0);
  assert.equal(await page.locator(alertOf('E2E-ALERT-S2')).count(), 0);
  assert.equal(await page.isVisible(COUNT), false);
  await shot(page, '34-advisor-no-grade-s-alert');

  const inbox = (await app.api('advisor', 'GET', '/api/notifications/inbox')).json;
  assert.equal(inbox.userId, 'advisor');
  assert.deepEqual(inbox.notifications.filter(n => (n.businessKey || '').startsWith('E2E-ALERT')), []);
  await page.close();
});
