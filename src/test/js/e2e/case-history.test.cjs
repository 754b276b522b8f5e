// Issue 6: an auditor reviews case history in Cockpit through the "Case history / 案例历史" plugin:
// a finished rescue, an escalated parts order and a review with its actions, all produced by the
// real processes; the plugin's reads succeed and every modifying call is refused.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startApp } = require('./app.cjs');
const { openBrowser, login, shot } = require('./browser.cjs');
const { namesOutsideTheirBoxes } = require('./diagram-labels.cjs');
const { finishedRescue, lateRescueWithoutTimer, escalatedPartsOrder, reviewWithActions, previousMonth } = require('./seed.cjs');

let app;
let browser;
let page;
const cases = {};

before(async () => {
  app = await startApp();
  browser = await openBrowser();
  // last month's cases: the review looks back on a month that has ended (issue 15)
  const { middle } = previousMonth();
  cases.positive = await finishedRescue(app, 'E2E-HIST-POS', { answeredAt: middle });
  cases.negative = await finishedRescue(app, 'E2E-HIST-NEG', { customerResponse: 'REFUSED', reRating: null, answeredAt: middle });
  cases.parts = await escalatedPartsOrder(app, 'RO-E2E-HIST-1', { reportedAt: middle });
  cases.review = await reviewWithActions(app, cases.negative.processInstanceId, cases.positive.processInstanceId,
    cases.parts.processInstanceId);
  page = await login(browser, app.base, 'cockpit', 'auditor');
});

after(async () => {
  if (browser) await browser.close();
  if (app) await app.stop();
});

const text = selector => page.textContent(selector);

async function openCase(businessKey) {
  await page.click('[data-test="history-nav"]');
  await page.waitForSelector('form.aftersales-search');
  await page.fill('form.aftersales-search input[name="businessKey"]', businessKey);
  await page.click('form.aftersales-search button[type="submit"]');
  await page.waitForSelector(`[data-test="history-results"] a:text-is("${businessKey}")`);
  await page.click(`[data-test="history-results"] a:text-is("${businessKey}")`);
  await page.waitForSelector('[data-test="timeline"]');
  await page.waitForSelector('.aftersales-diagram .djs-container');
}

test('the auditor finds a finished rescue by its survey id and reads its whole history', async () => {
  await page.click('[data-test="history-nav"]');
  await page.selectOption('form.aftersales-search select[name="state"]', 'finished');
  await page.selectOption('form.aftersales-search select[name="sla"]', 'breached');
  await page.click('form.aftersales-search button[type="submit"]');
  await page.waitForSelector('[data-test="history-results"] a:text-is("E2E-HIST-POS")');
  await shot(page, '11-auditor-history-search-finished-breached');

  await page.fill('form.aftersales-search input[name="customer"]', '王先');
  await page.click('form.aftersales-search button[type="submit"]');
  await page.waitForSelector('[data-test="history-results"] a:text-is("E2E-HIST-NEG")');
  assert.match(await text('[data-test="history-results"]'), /E2E-HIST-POS/, 'the customer search finds both of 王先生\'s rescues');
  await page.fill('form.aftersales-search input[name="customer"]', '');

  await openCase('E2E-HIST-POS');
  assert.match(await text('[data-test="case-state"]'), /Completed \/ 已完成/);
  const sla = await text('[data-test="sla-panel"]');
  assert.match(sla, /First contact within the grade's response SLA/);
  assert.match(sla, /breached/, 'the missed response SLA is shown as breached');
  assert.match(sla, /Handle missed response SLA/, 'with the escalation it caused');
  const timeline = await text('[data-test="timeline"]');
  assert.match(timeline, /First contact and listen \(LEAP\)[^]*advisor/, 'task completions name the user');
  assert.match(timeline, /regional/, 'the regional manager handled the escalation');
  const variables = await text('[data-test="variable-history"]');
  assert.match(variables, /SLA breached \/ 已超时\s*No \/ 否[^]*SLA breached \/ 已超时\s*Yes \/ 是/, 'a variable changing over time, in words');
  assert.match(variables, /Real pain points \/ 客户真正的痛点[^]*advisor/, 'values entered by a user name that user');
  assert.ok((await page.$$('.aftersales-count-badge')).length >= 8, 'the path taken is marked on the diagram');
  assert.match(await text('[data-test="related"]'), /REVIEW-\d{4}-\d\d/, 'links to the review that selected it');
  await shot(page, '12-auditor-finished-rescue-history');
});

test('issue 15: a first contact done after its deadline is breached although its timer never fired', async () => {
  await lateRescueWithoutTimer(app, 'E2E-HIST-LATE');
  await page.click('[data-test="history-nav"]');
  await page.waitForSelector('form.aftersales-search');
  await page.fill('form.aftersales-search input[name="businessKey"]', 'E2E-HIST-LATE');
  await page.selectOption('form.aftersales-search select[name="sla"]', 'breached');
  await page.click('form.aftersales-search button[type="submit"]');
  await page.waitForSelector('[data-test="history-results"] a:text-is("E2E-HIST-LATE")');
  assert.match(await text('[data-test="history-results"]'), /E2E-HIST-LATE[^]*breached/, 'the search says breached');
  await page.selectOption('form.aftersales-search select[name="sla"]', 'kept');
  await page.click('form.aftersales-search button[type="submit"]');
  await page.waitForSelector('[data-test="history-results"] .aftersales-empty');

  await page.click('[data-test="history-nav"]');
  await page.selectOption('form.aftersales-search select[name="sla"]', '');
  await openCase('E2E-HIST-LATE');
  const sla = await text('[data-test="sla-panel"]');
  assert.match(sla, /First contact within the grade's response SLA[^]*breached[^]*after the deadline/);
  assert.match(sla, /none: the timer did not fire/, 'nobody was escalated');
  await shot(page, '17-auditor-late-first-contact-without-timer');
});

test('the same view for an escalated parts order and for a review with its actions', async () => {
  // Cockpit's own page of the running order links to its case history
  await page.goto(`${app.base}/camunda/app/cockpit/default/#/process-instance/${cases.parts.processInstanceId}/runtime`);
  await page.click('.nav-tabs >> text=Case history / 案例历史');
  await page.click('text=Open the full case history / 打开完整案例历史');
  await page.waitForSelector('[data-test="timeline"]');
  assert.match(await text('h2'), /RO-E2E-HIST-1/);

  await openCase('RO-E2E-HIST-1');
  assert.match(await text('[data-test="variable-history"]'), /Escalated \/ 已升级\s*No \/ 否[^]*Escalated \/ 已升级\s*Yes \/ 是/);
  assert.match(await text('[data-test="timeline"]'), /Set the customer's expectation[^]*advisor/);
  assert.match(await text('[data-test="sla-panel"]'), /Part by the promised date/);
  await shot(page, '13-auditor-escalated-parts-order-history');

  await openCase(cases.review.reviewId);
  const related = await text('[data-test="related"]');
  for (const key of ['E2E-HIST-POS', 'E2E-HIST-NEG', 'RO-E2E-HIST-1', `${cases.review.reviewId}/1`, `${cases.review.reviewId}/2`]) {
    assert.ok(related.includes(key), `review links to ${key}`);
  }
  assert.match(await text('[data-test="timeline"]'), /Full reconstruction[^]*sales[^]*delivery[^]*manager[^]*parts/);
  await shot(page, '14-auditor-review-history');

  await page.click(`[data-test="related"] a:text-is("${cases.review.reviewId}/2")`);
  await page.waitForSelector('[data-test="sla-panel"]');
  const sla = await text('[data-test="sla-panel"]');
  assert.match(sla, /Action done by its deadline[^]*breached[^]*Handle the overdue action/);
  await shot(page, '15-auditor-overdue-action-history');
});

test('the plugin\'s reads succeed for the auditor and every modifying call on the same cases is refused', async () => {
  const ids = { finished: cases.positive.processInstanceId, running: cases.parts.processInstanceId, review: cases.review.processInstanceId };
  const results = await page.evaluate(async ({ ids }) => {
    const base = document.querySelector('base').getAttribute('engine-api') + 'engine/default';
    const csrf = (document.cookie.match(/XSRF-TOKEN=([^;]+)/) || [])[1];
    const call = async (method, path, body) => {
      const response = await fetch(base + path, { method, credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-XSRF-TOKEN': csrf },
        body: body === undefined ? undefined : JSON.stringify(body) });
      return { call: `${method} ${path}`, status: response.status };
    };
    const reads = [];
    for (const id of Object.values(ids)) {
      reads.push(await call('GET', `/history/process-instance/${id}`));
      for (const path of ['activity-instance', 'task', 'user-operation', 'incident', 'job-log', 'variable-instance']) {
        reads.push(await call('GET', `/history/${path}?processInstanceId=${id}`));
      }
      reads.push(await call('GET', `/history/detail?processInstanceId=${id}&variableUpdates=true`));
      reads.push(await call('POST', '/history/process-instance', { processInstanceIds: [id] }));
    }
    const writes = [
      await call('DELETE', `/history/process-instance/${ids.finished}`),
      await call('POST', '/history/process-instance/delete', { historicProcessInstanceIds: [ids.finished], deleteReason: 'x' }),
      await call('POST', '/history/process-instance/set-removal-time', { absoluteRemovalTime: '2000-01-01T00:00:00.000+0000', historicProcessInstanceIds: [ids.finished] }),
      await call('DELETE', `/process-instance/${ids.running}`),
      await call('PUT', `/process-instance/${ids.running}/suspended`, { suspended: true }),
      await call('PUT', `/process-instance/${ids.running}/variables/escalated`, { value: false, type: 'Boolean' }),
      await call('POST', `/process-instance/${ids.review}/modification`, { instructions: [{ type: 'cancel', activityId: 'CallActivity_TrackActions' }] }),
      await call('POST', '/message', { messageName: 'PartArrived', processInstanceId: ids.running }),
    ];
    return { reads, writes };
  }, { ids });
  for (const read of results.reads) assert.equal(read.status, 200, `${read.call} is allowed for the auditor`);
  for (const write of results.writes) assert.ok([401, 403].includes(write.status),
    `${write.call} must be refused for the auditor (got ${write.status})`);
  const still = await app.api('admin', 'GET', `/engine-rest/history/process-instance/${ids.finished}`);
  assert.equal(still.status, 200, 'the finished case is still there');
});

test('issue 7: the service manager opens the month\'s rescue report with the Tasklist login and sees its charts', async () => {
  // the seeded rescues were answered last month: the report counts them in that month
  const { month } = previousMonth();
  const manager = await login(browser, app.base, 'tasklist', 'manager');
  await manager.goto(`${app.base}/reports/rescue.html?month=${month}`);
  await manager.waitForSelector('#figures .figure');
  const figures = await manager.textContent('#figures');
  assert.match(figures, /Low scores/);
  assert.match(figures, /Launch rate[^]*|100 %/);
  const charts = await manager.$$eval('canvas[data-test="chart"]', canvases => canvases.map(c => ({
    id: c.id, width: c.width, height: c.height, points: window.Chart.getChart(c).data.datasets[0].data.length })));
  assert.equal(charts.length, 3);
  for (const chart of charts) {
    assert.ok(chart.width > 100 && chart.height > 100, `${chart.id} is drawn`);
    assert.ok(chart.points > 0, `${chart.id} has data`);
  }
  assert.match(await manager.textContent('[data-test="cases"]'), /E2E-HIST-POS[^]*E2E-HIST-NEG|E2E-HIST-NEG[^]*E2E-HIST-POS/);
  await shot(manager, '16-manager-rescue-report');
  await manager.close();
  page = await login(browser, app.base, 'cockpit', 'auditor');
});

test('every step\'s English / Chinese name fits its box in the diagrams Cockpit and Modeler draw', async () => {
  assert.deepEqual(await namesOutsideTheirBoxes(browser), []);
});
