// A service manager's Tasklist as it reads at a desk (1440 px) and on a phone (390 px): each row
// shows its case (customer, grade, due date), the most urgent case on top; and the same Tasklist in
// a Chinese browser (zh-CN) speaks Chinese. Screenshots go to target/e2e/.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startApp } = require('./app.cjs');
const { openBrowser, shot, login } = require('./browser.cjs');
const { waitFor } = require('./seed.cjs');

let app;
let browser;

const iso = date => date.toISOString().replace(/\.\d+Z$/, 'Z');
const hours = n => n * 3600 * 1000;

function survey(surveyId, score, answeredAt, name) {
  return {
    surveyId, answeredAt: iso(answeredAt), score, comment: 'Waited 4 hours, nobody told me anything',
    serviceOrderId: `RO-${surveyId}`, customer: { id: `C-${surveyId}`, name, phone: '+86 138 0000 0000', highValue: false },
    vehicle: { model: 'Model Y', plate: '京A12345' }, publicOpinionRisk: false,
  };
}

async function post(body) {
  const started = await app.api('integration', 'POST', '/api/nps-responses', body);
  if (started.status !== 201) throw new Error(`intake refused ${body.surveyId}: ${started.text}`);
  return started.json;
}

before(async () => {
  app = await startApp();
  browser = await openBrowser();
  // grade B answered 25 h ago: its 24 h SLA has passed, so the service manager has its escalation task
  const late = await post(survey('E2E-ROWS-B', 6, new Date(Date.now() - hours(25)), '李女士'));
  await post(survey('E2E-ROWS-S', 2, new Date(Date.now() - hours(0.5)), '王先生'));
  await waitFor('the grade B escalation task', async () => {
    const open = await app.api('admin', 'GET', `/engine-rest/task?processInstanceId=${late.processInstanceId}`);
    return open.json && open.json.find(t => t.taskDefinitionKey === 'Task_HandleMissedResponse');
  });
});

after(async () => {
  if (browser) await browser.close();
  if (app) await app.stop();
});

/** The group tasks' rows as the manager sees them: title and every text shown on the card. */
async function rows(page) {
  await page.click('text=Group tasks / 组任务');
  await page.waitForSelector('.tasks-list li.task:has-text("Handle missed response SLA")');
  return page.$$eval('.tasks-list li.task', items => items.map(item => ({
    name: item.querySelector('h4.task').textContent.trim(),
    text: item.innerText.replace(/\s+/g, ' '),
    // what a person sees: the element is on top at its own centre (not cut off by the card, not covered)
    visible: [...item.querySelectorAll('.variable-label, .variable-value, .due-date')].filter(e => {
      e.scrollIntoView({ block: 'center' });
      const r = e.getBoundingClientRect();
      const top = r.width > 0 && document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return top && (e === top || e.contains(top));
    }).map(e => e.textContent.trim()),
  })));
}

function assertRows(list, width) {
  const s = list.findIndex(r => r.name === 'First contact and listen (LEAP) / 初次联系与倾听');
  const b = list.findIndex(r => r.name === 'Handle missed response SLA / 处理响应超时');
  assert.ok(s >= 0 && b >= 0, `both tasks listed at ${width} px: ${JSON.stringify(list.map(r => r.name))}`);
  assert.ok(s < b, `grade S (priority 90) above grade B (50) at ${width} px`);
  const shown = list[s].visible.join(' | ');
  for (const expected of ['Customer / 客户', '王先生', 'Grade / 等级', 'S', 'Case / 案例编号', 'E2E-ROWS-S']) {
    assert.ok(list[s].visible.some(t => t.startsWith(expected)), `grade S row shows "${expected}" at ${width} px (saw ${shown})`);
  }
  assert.ok(list[s].visible.some(t => /^Due\b/.test(t)), `grade S row shows its due date at ${width} px (saw ${shown})`);
  assert.ok(list[b].visible.includes('B') && list[b].visible.includes('李女士'), `grade B row shows its case at ${width} px`);
}

/** The service manager's task list at the viewport: its rows checked, then shot as `name`. */
async function managersRowsAt(viewport, name) {
  const page = await login(browser, app.base, 'tasklist', 'manager');
  await page.setViewportSize(viewport);
  assertRows(await rows(page), viewport.width);
  await shot(page, name);
  await page.close();
}

test('the service manager\'s rows show customer, grade and due date, grade S above grade B, at 1440 px',
  () => managersRowsAt({ width: 1440, height: 1000 }, 'rows-01-manager-1440'));

test('the same rows on a phone (390 px)', () => managersRowsAt({ width: 390, height: 844 }, 'rows-02-manager-390'));

test('in a Chinese browser (zh-CN) Tasklist\'s own buttons and menus are Chinese', async () => {
  const chinese = await openBrowser({ locale: 'zh-CN' });
  try {
    const page = await chinese.newPage();
    await page.goto(`${app.base}/camunda/app/tasklist/default/`);
    await page.waitForSelector('form[name="signinForm"] input[placeholder="用户名"]');
    assert.equal((await page.textContent('form[name="signinForm"] button[type="submit"]')).trim(), '登录');
    await shot(page, 'rows-03-zh-login');
    // the suite's login, which tries again when a loaded machine loses the login post
    const tasklist = await login(chinese, app.base, 'tasklist', 'manager');
    await tasklist.waitForSelector('text=键盘快捷键'); // "Keyboard shortcuts" in the header
    await tasklist.click('text=Group tasks / 组任务');
    const row = tasklist.locator('.tasks-list li.task', { hasText: 'First contact and listen (LEAP)' });
    await row.waitFor();
    assert.match(await row.locator('.due-date').innerText(), /到期/, 'the due date reads 到期 …');
    await row.locator('h4.task a').click();
    const claim = tasklist.locator('button.claim');
    await claim.waitFor();
    assert.equal((await claim.innerText()).trim(), '认领', 'the claim button');
    await shot(tasklist, 'rows-04-zh-tasklist');
    await tasklist.close();
  } finally {
    await chinese.close();
  }
});
