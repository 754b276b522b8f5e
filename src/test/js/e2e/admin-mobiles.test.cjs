// ADR 0035: an administrator sets the staff's mobile numbers, where urgent alerts are texted, in
// Admin (dashboard section "Mobile numbers / 手机号", page #/aftersales/mobiles): the number is kept
// as the server normalised it, a bad one shows the server's reason and changes nothing, and it can
// be removed; staff may not read or set numbers. Screenshots go to target/e2e/.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const { login, shot, useAppAndBrowser } = require('./browser.cjs');

let app;
let browser;

useAppAndBrowser((started, opened) => { app = started; browser = opened; });

const managerRow = 'tr[data-user="manager"]';

test('the administrator sets, corrects and removes a mobile number in Admin', async () => {
  const page = await login(browser, app.base, 'admin', 'admin');
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.click('[data-test="mobiles-nav"]');
  await page.waitForSelector(`[data-test="mobiles"] ${managerRow}`);

  await page.fill(`${managerRow} input`, '138 0013-8000');
  await page.click(`${managerRow} button.save`);
  await page.waitForFunction(row => document.querySelector(`${row} .status`).textContent.includes('Saved'), managerRow);
  assert.equal(await page.inputValue(`${managerRow} input`), '+8613800138000', 'kept as the server normalised it');
  // when, in the centre's time zone (Asia/Shanghai, no daylight saving) as the staff words write it
  const setBy = await page.textContent(`${managerRow} .set-by`);
  const minutes = [0, -60_000].map(ago => new Date(Date.now() + ago + 8 * 3600 * 1000).toISOString().slice(0, 16).replace('T', ' '));
  assert.ok(minutes.some(minute => setBy === `admin · ${minute}`), `${setBy} names admin and the centre's time`);
  assert.equal((await app.api('admin', 'GET', '/api/staff/manager/mobile')).json.mobile, '+8613800138000');
  await shot(page, 'admin-01-mobile-numbers');

  await page.fill(`${managerRow} input`, '010 6552 9988');
  await page.click(`${managerRow} button.save`);
  await page.waitForFunction(row => /must be a mobile number/.test(document.querySelector(`${row} .status`).textContent), managerRow);
  assert.equal((await app.api('admin', 'GET', '/api/staff/manager/mobile')).json.mobile, '+8613800138000',
    'a refused number changes nothing');

  await page.click(`${managerRow} button.forget`);
  await page.waitForFunction(row => document.querySelector(`${row} .status`).textContent.includes('Removed'), managerRow);
  assert.equal((await app.api('admin', 'GET', '/api/staff/manager/mobile')).status, 404);
  await page.close();
});

test('staff neither read nor set the numbers', async () => {
  for (const user of ['manager', 'advisor', 'auditor']) {
    assert.equal((await app.api(user, 'GET', '/api/staff/mobiles')).status, 403, user);
    assert.equal((await app.api(user, 'PUT', `/api/staff/${user}/mobile`, { mobile: '13800138000' })).status, 403, user);
  }
});
