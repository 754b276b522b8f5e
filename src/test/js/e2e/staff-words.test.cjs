// Issue 15: staff read words, not codes. Cases run through the real processes; then, in the browser,
// the auditor's case history in Cockpit, the manager's rescue report (page, charts and CSV) and the
// Tasklist alerts show no raw code of the staff-words catalog, no camelCase variable name, no ISO
// duration and no Java or ISO date string, and times read as the centre writes them.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { startApp, ROOT } = require('./app.cjs');
const { openBrowser, login, shot } = require('./browser.cjs');
const { runningRescue, finishedRescue, escalatedPartsOrder } = require('./seed.cjs');

const catalog = JSON.parse(fs.readFileSync(path.join(ROOT, 'src/main/resources/words/staff-words.json'), 'utf8'));
let rawTextProblems;
let app;
let browser;
const cases = {};

before(async () => {
  ({ rawTextProblems } = await import('../plugin/raw-text.mjs'));
  app = await startApp();
  browser = await openBrowser();
  cases.rescue = await finishedRescue(app, 'E2E-WORDS-1');
  cases.parts = await escalatedPartsOrder(app, 'RO-E2E-WORDS-1');
});

after(async () => {
  if (browser) await browser.close();
  if (app) await app.stop();
});

const noRawText = (where, text) => assert.deepEqual(rawTextProblems(catalog, text), [], `${where}:\n${text}`);
/** The texts of a screen, one per line: headings, paragraphs, cells, options (the diagram's labels are the model's names). */
const textsOf = (page, selector) => page.$$eval(`${selector} :is(h2, h3, p, th, td, option, label, figcaption, .value, .label)`,
  elements => elements.map(e => e.textContent).join('\n'));
const CENTRE_TIME = /\d{4}-\d\d-\d\d \d\d:\d\d/;

async function openCase(page, businessKey) {
  await page.click('[data-test="history-nav"]');
  await page.waitForSelector('form.aftersales-search');
  await page.fill('form.aftersales-search input[name="businessKey"]', businessKey);
  await page.click('form.aftersales-search button[type="submit"]');
  await page.waitForSelector(`[data-test="history-results"] a:text-is("${businessKey}")`);
  noRawText('search results', await textsOf(page, 'section.aftersales-history'));
  await page.click(`[data-test="history-results"] a:text-is("${businessKey}")`);
  await page.waitForSelector('[data-test="timeline"]');
  await page.waitForSelector('.aftersales-diagram .djs-container');
}

test('the auditor reads a rescue\'s and a parts order\'s history in words, with the centre\'s times', async () => {
  const page = await login(browser, app.base, 'cockpit', 'auditor');
  await openCase(page, 'E2E-WORDS-1');
  const variables = await page.textContent('[data-test="variable-history"]');
  assert.match(variables, /Alert level \/ 预警级别Yellow alert \/ 黄色预警/);
  assert.match(variables, /Response time \/ 响应时限6 h \/ 6小时/);
  assert.match(variables, /Responder \/ 负责组Service advisor \/ 服务顾问/);
  assert.match(variables, /Root cause category \/ 根本原因类别Long wait time \/ 等待时间长/);
  assert.match(variables, new RegExp(`First contact due / 首次联系截止${CENTRE_TIME.source}`));
  assert.match(await page.textContent('[data-test="timeline"]'), /First contact and listen \(LEAP\) \/ 初次联系与倾听Task \/ 人工任务/);
  const operations = await page.textContent('[data-test="operation-log"]');
  assert.match(operations, /Completed \/ 完成/);
  assert.doesNotMatch(operations, /delete|false|true/);
  noRawText('rescue case history', await textsOf(page, 'section.aftersales-case'));
  await shot(page, '40-auditor-case-history-in-words');

  await openCase(page, 'RO-E2E-WORDS-1');
  const order = await page.textContent('[data-test="variable-history"]');
  assert.match(order, /Loaner entitlement \/ 代步车权益Loaner car or 500 ride-hailing voucher \/ 代步车或500元打车券/);
  assert.match(order, /Update cadence \/ 主动沟通频率every 3 days \/ 每3天/);
  assert.match(order, /Crisis signals \/ 危机信号[^]*Complaint, media or lawyer words \/ 提到投诉、曝光或律师/);
  noRawText('parts order case history', await textsOf(page, 'section.aftersales-case'));
  await shot(page, '41-auditor-parts-order-history-in-words');
  await page.close();
});

test('the rescue report, its charts and its CSV show grades, reasons and outcomes in words', async () => {
  const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' })
    .format(new Date(Date.now() - 4 * 24 * 3600 * 1000)).slice(0, 7);
  const page = await login(browser, app.base, 'tasklist', 'manager');
  await page.goto(`${app.base}/reports/rescue.html?month=${month}`);
  await page.waitForSelector('[data-test="cases"] td');
  const report = await page.textContent('main');
  assert.match(report, /E2E-WORDS-1[^]*Grade A \/ A级[^]*Long wait time \/ 等待时间长[^]*Promoter \/ 转为推荐者/);
  assert.match(await page.textContent('[data-test="cases"]'), new RegExp(`E2E-WORDS-1${CENTRE_TIME.source}`));
  // the red alerts' NPS per tier (SPEC 5): each tier in words, '–' without answers
  assert.match(await page.textContent('#red-alerts'),
    /NPS per tier \(answers\) \/ 各方案NPS\(答卷数\)[^]*Deliver as planned \/ 按计划交付: [–\d.-]+ \(\d+\)/);
  noRawText('report page', await textsOf(page, 'body'));
  const chartLabels = await page.$$eval('canvas[data-test="chart"]', canvases =>
    canvases.flatMap(c => window.Chart.getChart(c).data.labels));
  assert.ok(chartLabels.some(label => /Promoter \/ 转为推荐者/.test(label)), chartLabels.join(' | '));
  noRawText('report charts', chartLabels.join(' | '));
  const csv = await page.evaluate(async url => (await fetch(url, { credentials: 'same-origin' })).text(),
    `/api/reports/rescue/cases.csv?month=${month}`);
  assert.match(csv, /Survey \/ 问卷编号,Answered at \/ 评分时间/);
  noRawText('CSV export', csv);
  await shot(page, '42-manager-report-in-words');
  await page.close();
});

test('the Tasklist alerts show the alert level and grade in words and the time as the centre writes it', async () => {
  const page = await login(browser, app.base, 'tasklist', 'manager');
  await page.waitForSelector('[data-test="alerts-toggle"]');
  await runningRescue(app, 'E2E-WORDS-S');
  await page.click('[data-test="alerts-toggle"]');
  const alert = '[data-test="alert"][data-business-key="E2E-WORDS-S"]';
  await page.waitForSelector(alert, { timeout: 45_000 });
  const text = await page.textContent('[data-test="alerts-list"]');
  assert.match(await page.textContent(alert), new RegExp(`Red alert / 红色预警 · Grade S / S级[^]*${CENTRE_TIME.source} · Urgent / 紧急`));
  noRawText('Tasklist alerts', text + (await page.getAttribute(alert, 'title')));
  await shot(page, '43-manager-alerts-in-words');
  await page.close();
});
