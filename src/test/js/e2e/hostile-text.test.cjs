// Text from outside is shown to staff as text, never as markup, script or a template: a customer's
// name, a survey comment, a promise item and a red alert's description as integrators send them,
// and a staff member's notes, written as an attacker would (HTML with event handlers, an AngularJS
// expression, a markdown link). They are read in Tasklist (rows, the alerts, Camunda Forms incl. the
// options built from case data), in Cockpit's Case history and on the rescue report page; no dialog
// opens, no element of theirs is in the page, no script is refused by a page's CSP (a refusal means
// the text did become markup), and the text reads as it was sent. And another site's page can
// neither make a logged-in browser write to /api nor frame our pages. Screenshots go to target/e2e/.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const { login, shot, useAppAndBrowser, field } = require('./browser.cjs');
const { waitFor, task, complete } = require('./seed.cjs');
const { watch, assertInert, otherSite } = require('./hostile-page.cjs');

const iso = date => date.toISOString().replace(/\.\d+Z$/, 'Z');
const inAnHour = () => iso(new Date(Date.now() + 3600 * 1000)).replace(/:\d\dZ$/, 'Z');

// each payload marks what it would do: a dialog named after it, or an element of class "xss"
const NAME = `王<img src=x class=xss onerror=alert('name')>{{7*7}}"><b class=xss>先生</b>`;
const COMMENT = `<script>alert('comment')</script>[点此领取补偿 claim](https://evil.example/p) `
  + `<svg class=xss onload=alert('svg')></svg>{{constructor.constructor('alert(1)')()}}`;
const PROMISE = `<img src=x class=xss onerror=alert('promise')> 首保免费 **free** [link](javascript:alert('md'))`;
const NOTES = `<iframe class=xss src="javascript:alert('notes')"></iframe>{{'a'.constructor.prototype.charAt=[].join}}`;
// a name that would make the whole label a FEEL expression (a line break in it is refused at intake)
const NAME_2 = '=1+1 客户B · E2E-XSS-RA-O9 · No issue';
const DESCRIPTION = `<img src=x class=xss onerror=alert('alert')> 尾门间隙 [gap](https://evil.example/g)`;
const SURVEY = 'E2E-XSS-1';
const NOTED = 'E2E-XSS-2';
const ALERT = 'E2E-XSS-RA';

let app;
let browser;

function survey(surveyId) {
  return {
    surveyId, answeredAt: iso(new Date()), score: 2, comment: COMMENT, serviceOrderId: `RO-${surveyId}`,
    customer: { id: `C-${SURVEY}`, name: NAME, phone: '+86 138 0000 0009', highValue: false },
    vehicle: { model: 'Model Y', plate: '京A99999' }, publicOpinionRisk: false,
  };
}

useAppAndBrowser((started, opened) => { app = started; browser = opened; }, async () => {
  const checklist = await app.api('sales', 'POST', '/api/customer-promises', {
    checklistId: 'CL-E2E-XSS', customerId: `C-${SURVEY}`, orderId: 'SO-E2E-XSS',
    recordedAt: iso(new Date(Date.now() - 3600 * 1000)), customerConfirmedAt: iso(new Date(Date.now() - 1800 * 1000)),
    items: [{ kind: 'FREE_SERVICE', description: PROMISE, value: 300 }],
  });
  assert.equal(checklist.status, 201, checklist.text);
  for (const id of [SURVEY, NOTED]) {
    const started = await app.api('integration', 'POST', '/api/nps-responses', survey(id));
    assert.equal(started.status, 201, started.text);
  }
  // a staff member's notes, entered in the first contact, read by the next person in Cockpit
  await complete(app, 'manager', NOTED, 'Task_FirstContact', {
    leapListened: true, leapEmpathized: true, leapAcknowledged: true, leapPromised: true,
    painPoints: NOTES, promise: NOTES, promisedCallbackAt: inAnHour(),
  });
  const raised = await app.api('quality', 'POST', '/api/red-alerts', {
    alertId: ALERT, discoveredAt: iso(new Date(Date.now() - 5 * 60_000)), description: DESCRIPTION,
    orders: [{ orderId: `${ALERT}-O1`, customer: { id: 'C-XSS-RA', name: NAME, phone: '+86 138 0000 0008', highValue: false },
      vehicle: { vin: 'LRW3E7FS0RC000009', model: 'Model Y' }, deliveryAt: '2026-12-01T10:00:00+08:00', severity: 'MINOR' },
    { orderId: `${ALERT}-O2`, customer: { id: 'C-XSS-RA-2', name: NAME_2, phone: '+86 138 0000 0007', highValue: false },
      vehicle: { vin: 'LRW3E7FS0RC000010', model: 'Model Y' }, deliveryAt: '2026-12-01T10:00:00+08:00', severity: 'MINOR' }],
  });
  assert.equal(raised.status, 201, raised.text);
  await waitFor('the alert to the service managers', async () =>
    (await app.api('manager', 'GET', `/api/notifications?businessKey=${SURVEY}`)).json.length > 0);
});

test('Tasklist: the rows, the alerts and the first contact show the customer\'s words as text', async () => {
  const page = await login(browser, app.base, 'tasklist', 'manager');
  const seen = watch(page);
  await page.click('text=Group tasks / 组任务');
  await page.waitForSelector(`.tasks-list li.task:has-text("${SURVEY}")`);
  const row = await page.locator(`.tasks-list li.task:has-text("${SURVEY}")`).first().innerText();
  assert.ok(row.includes(NAME), `the row shows the name as sent: ${row}`);

  await page.click('[data-test="alerts-toggle"]');
  const alert = page.locator(`[data-test="alert"][data-business-key="${SURVEY}"]`);
  await alert.waitFor();
  assert.ok((await alert.textContent()).includes(NAME), await alert.textContent());
  await shot(page, 'hostile-01-tasklist-rows-and-alerts');
  await assertInert(page, seen, 'Tasklist rows and alerts');

  await alert.click();
  await page.waitForSelector(field('Field_customerName'));
  assert.equal(await page.inputValue(field('Field_customerName')), NAME);
  assert.equal(await page.inputValue(field('Field_comment')), COMMENT);
  assert.ok((await page.inputValue(field('Field_customerPromisesInWords'))).includes(PROMISE));
  await shot(page, 'hostile-02-first-contact-form');
  await assertInert(page, seen, 'the first contact form');
  await page.close();
});

test('Tasklist: the red alert\'s joint decision shows the description and the orders\' labels as text', async () => {
  const decide = await task(app, ALERT, 'Task_SalesDecides');
  const page = await login(browser, app.base, 'tasklist', 'sales');
  const seen = watch(page);
  await page.goto(`${app.base}/camunda/app/tasklist/default/#/?task=${decide.id}`);
  await page.waitForSelector(field('Field_alertDescription'));
  await page.waitForSelector('.fjs-form-field-checklist label:has(input)');
  assert.equal(await page.inputValue(field('Field_alertDescription')), DESCRIPTION);
  // what a person reads: the invisible word joiners (FormLabelText) left out
  const labels = await page.$$eval('.fjs-form-field-checklist label:has(input)', ls => ls.map(l => l.innerText.replace(/\u2060/g, '')));
  assert.ok(labels.some(l => l.startsWith(`${NAME} · ${ALERT}-O1 · `)), `an order's option names its customer as sent: ${labels.join(' | ')}`);
  assert.ok(labels.some(l => l.startsWith(`${NAME_2} · ${ALERT}-O2 · `)),
    `a name starting with "=" hides nothing of its order: ${labels.join(' | ')}`);
  await page.locator('.fjs-form-field-checklist').first().scrollIntoViewIfNeeded();
  await shot(page, 'hostile-03-red-alert-joint-decision');
  await assertInert(page, seen, 'the joint decision form');
  await page.close();
});

test('Cockpit: Case history finds the customer and shows names, comments and notes as text', async () => {
  const page = await login(browser, app.base, 'cockpit', 'auditor');
  const seen = watch(page);
  await page.click('[data-test="history-nav"]');
  await page.fill('form.aftersales-search input[name="customer"]', '王<img');
  await page.click('form.aftersales-search button[type="submit"]');
  await page.waitForSelector(`[data-test="history-results"] a:text-is("${NOTED}")`);
  assert.ok((await page.textContent('[data-test="history-results"]')).includes(NAME));
  await assertInert(page, seen, 'the history search');

  await page.click(`[data-test="history-results"] a:text-is("${NOTED}")`);
  await page.waitForSelector('[data-test="variable-history"]');
  const variables = await page.textContent('[data-test="variable-history"]');
  for (const text of [NAME, COMMENT, NOTES]) assert.ok(variables.includes(text), `shown as sent: ${text}`);
  await shot(page, 'hostile-04-case-history');
  await assertInert(page, seen, 'the case view');

  // Cockpit's own variables of the running rescue
  const running = (await app.api('admin', 'GET', `/engine-rest/process-instance?businessKey=${SURVEY}`)).json[0];
  await page.goto(`${app.base}/camunda/app/cockpit/default/#/process-instance/${running.id}/runtime?tab=variables-tab`);
  await page.waitForSelector(`.cam-table td:has-text("customerName")`);
  assert.ok((await page.textContent('.cam-table')).includes(NAME));
  await assertInert(page, seen, "Cockpit's variables");
  await page.close();
});

test('a name staff gave themselves is shown as text in Admin (mobile numbers, users) and Tasklist\'s header', async () => {
  const own = (await app.api('advisor', 'GET', '/engine-rest/user/advisor/profile')).json;
  const renamed = await app.api('advisor', 'PUT', '/engine-rest/user/advisor/profile',
    { ...own, firstName: NAME, lastName: '"><svg class=xss onload=alert(\'last\')>' });
  assert.equal(renamed.status, 204, renamed.text);
  const page = await login(browser, app.base, 'admin', 'admin');
  const seen = watch(page);
  await page.click('[data-test="mobiles-nav"]');
  await page.waitForSelector('[data-test="mobiles"] tr[data-user="advisor"]');
  assert.ok((await page.textContent('tr[data-user="advisor"]')).includes(NAME));
  await shot(page, 'hostile-06-admin-mobiles');
  await assertInert(page, seen, 'Admin\'s mobile numbers');
  // Camunda's own: Admin's list of users, and Tasklist's header with the user's own name
  await page.goto(`${app.base}/camunda/app/admin/default/#/users`);
  await page.waitForSelector('table tr:has-text("advisor")');
  assert.ok((await page.textContent('table')).includes(NAME));
  await assertInert(page, seen, 'Admin\'s users');
  const advisorPage = await login(browser, app.base, 'tasklist', 'advisor');
  const ownSeen = watch(advisorPage);
  await advisorPage.waitForFunction(name => document.body.innerText.includes(name), NAME);
  await shot(advisorPage, 'hostile-07-tasklist-header');
  await assertInert(advisorPage, ownSeen, 'Tasklist\'s header');
  await advisorPage.close();
});

test('the rescue report lists the customer as text', async () => {
  const page = await login(browser, app.base, 'tasklist', 'manager');
  const seen = watch(page);
  await page.goto(`${app.base}/reports/rescue.html`);
  await page.waitForSelector(`[data-test="cases"] td:has-text("${SURVEY}")`);
  assert.ok((await page.textContent('[data-test="cases"]')).includes(NAME));
  await shot(page, 'hostile-05-report');
  await assertInert(page, seen, 'the report page');
  await page.close();
});

test("another site's page cannot write with the Tasklist login nor frame Tasklist or the report", async () => {
  const page = await login(browser, app.base, 'tasklist', 'sales');
  // a JSON body a text/plain form can send (name=value: the "=" falls inside the description)
  const body = { checklistId: 'CL-E2E-CSRF', customerId: 'C-E2E-CSRF', orderId: 'SO-E2E-CSRF', recordedAt: iso(new Date()),
    items: [{ kind: 'FREE_SERVICE', value: 1, description: 'x=y' }] };
  const [name, value] = JSON.stringify(body).split(/=(.*)/s);
  const attr = text => text.replace(/&/g, '&amp;').replace(/'/g, '&#39;');
  const site = await otherSite(`<!doctype html><body>
    <iframe id="tasklist" src="${app.base}/camunda/app/tasklist/default/"></iframe>
    <iframe id="report" src="${app.base}/reports/rescue.html"></iframe>
    <form id="f" method="POST" action="${app.base}/api/customer-promises" enctype="text/plain">
      <input type="hidden" name='${attr(name)}' value='${attr(value)}'></form>
    <script>
      fetch('${app.base}/api/customer-promises', { method: 'POST', mode: 'no-cors', credentials: 'include',
        headers: { 'Content-Type': 'text/plain' }, body: ${JSON.stringify(JSON.stringify(body))} })
        .finally(() => setTimeout(() => document.getElementById('f').submit(), 1500));
    </script></body>`);
  try {
    const refused = [];
    page.on('console', message => { if (/frame/i.test(message.text())) refused.push(message.text()); });
    const posted = page.waitForResponse(r => r.request().method() === 'POST' && r.request().resourceType() === 'document'
      && r.url().endsWith('/api/customer-promises'));
    await page.goto(site.url);
    await page.waitForTimeout(1000);
    const frames = page.frames().filter(f => f !== page.mainFrame()).map(f => f.url());
    assert.equal(frames.filter(u => u.startsWith(app.base)).length, 0, `no page of ours shown in the other site's frames: ${frames}`);
    // Chromium names only the origin: one refusal for each of the two frames
    assert.equal(refused.filter(m => /frame-ancestors|X-Frame-Options/.test(m)).length, 2,
      `the browser refused to frame Tasklist and the report: ${refused.join(' | ')}`);
    const answer = await posted;
    assert.equal(answer.status(), 403, `the form post from another site is refused: ${await answer.text()}`);
    await shot(page, 'hostile-08-other-site-post-refused');
  } finally {
    await site.close();
  }
  const promises = await app.api('sales', 'GET', '/api/customers/C-E2E-CSRF/promises');
  assert.equal(promises.status, 200, promises.text);
  assert.equal(promises.json.count, 0, 'nothing was written by the other site\'s page');
  await page.close();
});
