// Issue 15: the joint case review starts from its own form (a month picker offering only months
// that have ended; the server refuses any other), its candidates read in words; the rescue report
// sits behind the webapps' login (to the login and back, never a Basic pop-up), works on a phone
// (390 px, no sideways scrolling, the joint KPIs in words) and says "no data" for an empty month.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const { login, shot, useAppAndBrowser } = require('./browser.cjs');
const { finishedRescue, previousMonth, waitFor } = require('./seed.cjs');

const PHONE = { width: 390, height: 844 };
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];

let app;
let browser;
let lastMonth;

useAppAndBrowser((started, opened) => { app = started; browser = opened; }, async () => {
  lastMonth = previousMonth();
  // a rescue of last month, nominated for the review (the seed's 72 h review nominates it)
  await finishedRescue(app, 'E2E-REVIEW-NEG', { customerResponse: 'REFUSED', reRating: null, answeredAt: lastMonth.middle });
});

/** "October 2026 / 2026年10月", as the start form labels a month. */
function monthLabel(yyyyMm) {
  const [year, month] = yyyyMm.split('-').map(Number);
  return `${MONTHS[month - 1]} ${year} / ${year}年${month}月`;
}

function thisMonth() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' })
    .format(new Date()).slice(0, 7);
}

/** The part of a form-js select that opens its list (the input itself is hidden). */
const select = (scope, id) => `${scope} .fjs-container .fjs-form-field-select:has([id$="-${id}"]) .fjs-input-group`.trim();

async function noSidewaysScrolling(page) {
  const { scrollWidth, viewport } = await page.evaluate(() => ({
    scrollWidth: document.scrollingElement.scrollWidth, viewport: window.innerWidth }));
  assert.ok(scrollWidth <= viewport, `the page is ${scrollWidth} px wide in a ${viewport} px viewport`);
}

test('the store manager starts the review from its form, which offers only months that have ended', async () => {
  const page = await login(browser, app.base, 'tasklist', 'storemanager');
  await page.click('text=Start process');
  await page.click('.modal-content >> text=Joint case review');
  await page.waitForSelector('.modal-content .fjs-container');
  assert.match(await page.textContent('.modal-content .fjs-container'), /Month reviewed \/ 复盘月份/);

  await page.click(select('.modal-content', 'Field_reviewMonth'));
  const offered = await page.$$eval('.modal-content .fjs-dropdownlist-item', items => items.map(i => i.textContent.trim()));
  await shot(page, '40-storemanager-review-start-form');
  assert.equal(offered.length, 12, `the last twelve months that have ended: ${offered.join(', ')}`);
  assert.equal(offered[0], monthLabel(lastMonth.month), 'the latest month offered is last month');
  assert.ok(!offered.includes(monthLabel(thisMonth())), 'the running month is not offered');

  await page.click(`.modal-content .fjs-dropdownlist-item:text-is("${monthLabel(lastMonth.month)}")`);
  await page.click('.modal-content button.btn-primary:has-text("Start")');
  const reviewId = `REVIEW-${lastMonth.month}`;
  const review = await waitFor(`${reviewId} to start`, async () => {
    const found = await app.api('admin', 'GET', `/engine-rest/process-instance?businessKey=${reviewId}`);
    return found.json && found.json[0];
  });
  const month = await app.api('admin', 'GET', `/engine-rest/process-instance/${review.id}/variables/reviewMonth`);
  assert.equal(month.json.value, lastMonth.month);

  // a month that has not ended (not offered) is refused by the server, even from the Tasklist session
  const refused = await page.evaluate(async ({ month }) => {
    const csrf = (document.cookie.match(/XSRF-TOKEN=([^;]+)/) || [])[1];
    const response = await fetch('/camunda/api/engine/engine/default/process-definition/key/jointCaseReview/submit-form', {
      method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-XSRF-TOKEN': csrf },
      body: JSON.stringify({ variables: { reviewMonth: { value: month } } }) });
    return { status: response.status, body: await response.text() };
  }, { month: thisMonth() });
  assert.equal(refused.status, 400, refused.body);
  // the start form's own rule, checked on the server as in the browser (ADR 0002)
  assert.match(refused.body, new RegExp(`'Month reviewed / 复盘月份' \\(reviewMonth\\) must be one of the offered options, not '${thisMonth()}'`));
  const started = await app.api('admin', 'GET', `/engine-rest/process-instance/count?businessKey=REVIEW-${thisMonth()}`);
  assert.equal(started.json.count, 0, 'nothing started for the running month');

  // the chair picks cases from labels in words
  const checkpoint = (await app.api('admin', 'GET', `/engine-rest/task?processInstanceId=${review.id}`)).json[0];
  assert.equal(checkpoint.taskDefinitionKey, 'Task_Checkpoint');
  const done = await app.api('storemanager', 'POST', `/engine-rest/task/${checkpoint.id}/complete`,
    { variables: { checkpointNote: { value: 'first review' } } });
  assert.equal(done.status, 204, done.text);
  // sales' segment (SPEC 6): their feedback and rating of after-sales support
  const feedback = (await app.api('admin', 'GET', `/engine-rest/task?processInstanceId=${review.id}`)).json[0];
  assert.equal(feedback.taskDefinitionKey, 'Task_SalesFeedback');
  const given = await app.api('sales', 'POST', `/engine-rest/task/${feedback.id}/complete`,
    { variables: { salesFeedback: { value: 'customers ask for firm dates' }, afterSalesSupportRating: { value: '6' } } });
  assert.equal(given.status, 400, 'a rating the form does not offer is refused');
  const rated = await app.api('sales', 'POST', `/engine-rest/task/${feedback.id}/complete`,
    { variables: { salesFeedback: { value: 'customers ask for firm dates' }, afterSalesSupportRating: { value: '4' } } });
  assert.equal(rated.status, 204, rated.text);
  await page.goto(`${app.base}/camunda/app/tasklist/default/`);
  await page.click('text=Group tasks');
  await page.click('.tasks-list >> text=Select cases');
  await page.click('button.claim');
  await page.waitForSelector(`${select('', 'Field_negativeCase')}`);
  await page.click(select('', 'Field_negativeCase'));
  await page.waitForSelector('.fjs-dropdownlist-item'); // the list opens after the click returns
  const labels = await page.$$eval('.fjs-dropdownlist-item', items => items.map(i => i.textContent.trim()));
  await shot(page, '41-storemanager-select-cases-in-words');
  const days = Math.floor((Date.now() - lastMonth.middle.getTime()) / (24 * 3600 * 1000));
  assert.equal(labels.length, 1, labels.join(' | '));
  // days from the low score to the close; the page may have been opened across a day boundary
  assert.match(labels[0], new RegExp(`^王先生 · A级 · 未挽回 · (${days}|${days - 1})天 · 服务 · 已提名$`));
  await page.close();
});

test('a browser without a login is sent to the login and back to the report, never a Basic pop-up', async () => {
  await browser.clearCookies();
  const page = await browser.newPage();
  const challenges = [];
  page.on('response', response => {
    if (response.headers()['www-authenticate']) challenges.push(response.url());
  });
  const report = `${app.base}/reports/rescue.html?month=${lastMonth.month}`;
  await page.goto(report);
  await page.waitForSelector('input[placeholder="Username"]');
  assert.match(page.url(), /\/camunda\/app\/tasklist\/default\/\?returnTo=%2Freports%2Frescue\.html%3Fmonth%3D/);
  await shot(page, '42-report-link-without-login');

  await page.fill('input[placeholder="Username"]', 'manager');
  await page.fill('input[placeholder="Password"]', 'demo');
  await page.click('button[type="submit"]');
  await page.waitForURL(report, { timeout: 30_000 });
  await page.waitForSelector('#figures .figure');
  assert.deepEqual(challenges, [], 'no response asked the browser for HTTP Basic');
  await shot(page, '43-report-after-login');
  await page.close();
});

test('the report on a phone: no sideways scrolling, every case column, "no data" for an empty month, back to Tasklist', async () => {
  const page = await login(browser, app.base, 'tasklist', 'manager');
  await page.setViewportSize(PHONE);
  await page.goto(`${app.base}/reports/rescue.html?month=${lastMonth.month}`);
  await page.waitForSelector('#figures .figure');
  await page.waitForSelector('[data-test="cases"] td');
  await noSidewaysScrolling(page);
  const columns = await page.$$eval('[data-test="cases"] th', headers => headers.map(h => ({
    text: h.textContent, shown: h.getClientRects().length > 0 && getComputedStyle(h).visibility !== 'hidden' })));
  assert.equal(columns.length, 8, 'all the case columns');
  assert.ok(columns.every(c => c.shown), `no hidden column: ${JSON.stringify(columns)}`);
  const box = await page.$eval('[data-test="cases-box"]', b => ({ overflow: getComputedStyle(b).overflowX,
    scrollWidth: b.scrollWidth, width: b.clientWidth }));
  assert.ok(box.scrollWidth <= box.width || box.overflow === 'auto', 'a wide case table scrolls in its own box');
  assert.equal(await page.isVisible('[data-test="no-data"]'), false);
  // SPEC 6's joint KPIs in words; a month without vehicle orders says so rather than showing 0 %
  assert.match(await page.textContent('[data-test="joint-sales"]'),
    /First-year service NPS \/ 首年服务NPS[^]*No vehicle orders received for the month \/ 本月未收到整车订单/);
  assert.match(await page.textContent('[data-test="joint-service"]'), /Sales' rating of after-sales support \/ 销售对售后支持的评分/);
  // SPEC 6: the workshop now, for "can it take urgent repairs" (ADR 40)
  await page.waitForSelector('[data-test="capability-workshop"] td');
  assert.match(await page.textContent('[data-test="capability-workshop"]'),
    /Same-day repairs waiting \/ 待当天维修[^]*Past their window \/ 已超时[^]*Parts due within 7 days \/ 7天内预计到货/);
  await shot(page, '44-report-phone');

  await page.goto(`${app.base}/reports/rescue.html?month=2001-01`);
  await page.waitForSelector('[data-test="no-data"]', { state: 'visible' });
  assert.match(await page.textContent('[data-test="no-data"]'), /No data for this month[^]*本月无数据/);
  assert.equal(await page.locator('canvas[data-test="chart"]:visible').count(), 0, 'no blank charts');
  assert.equal(await page.locator('[data-test="chart-no-data"]:visible').count(), 3);
  await noSidewaysScrolling(page);
  await shot(page, '45-report-phone-empty-month');

  await page.click('[data-test="nav-tasklist"]');
  await page.waitForURL(/\/camunda\/app\/tasklist\/default\//);
  await page.waitForSelector('text=Start process', { state: 'attached' }); // in the collapsed phone menu
  assert.equal(await page.locator('[data-test="nav-cockpit"]').count(), 0, 'left the report for Tasklist');
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.close();
});
