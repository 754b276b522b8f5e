// Headless Debian Chromium through playwright-core, logged into a Camunda webapp as a demo user.
const { chromium } = require('playwright-core');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { before, after } = require('node:test');
const { TARGET, startApp } = require('./app.cjs');

const SHOTS = path.join(TARGET, 'e2e');

async function openBrowser() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'aftersales-e2e-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1440, height: 1000 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * Opens a fresh page of the given webapp (tasklist, cockpit) logged in as `user`. The webapps'
 * first requests of a new session can race for its CSRF token, so a login the server refuses is
 * tried again on a reloaded page (at most three times); what the server answered is in the error.
 */
async function login(context, base, app, user) {
  await context.clearCookies(); // one user at a time: drop the previous user's session
  const page = await context.newPage();
  const answers = [];
  for (let attempt = 1; attempt <= 3; attempt++) {
    await page.goto(`${base}/camunda/app/${app}/default/`);
    await page.fill('input[placeholder="Username"]', user);
    await page.fill('input[placeholder="Password"]', 'demo');
    const answer = page.waitForResponse(r => r.request().method() === 'POST' && /\/auth\/user\/[^/]+\/login\//.test(r.url()),
      { timeout: 20_000 });
    await page.click('button[type="submit"]');
    const response = await answer;
    if (response.ok()) {
      await page.waitForSelector('input[placeholder="Username"]', { state: 'detached', timeout: 20_000 });
      return page;
    }
    answers.push(`${response.status()} ${(await response.text()).slice(0, 200)}`);
    await context.clearCookies();
  }
  throw new Error(`${user} could not log into ${app}: ${answers.join(' | ')}`);
}

async function shot(page, name) {
  fs.mkdirSync(SHOTS, { recursive: true });
  const file = path.join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Starts the packaged application and a browser before the file's tests (handing both to `use`,
 * then running `seed` once they are up) and stops both after the tests.
 */
function useAppAndBrowser(use, seed = async () => {}) {
  let app;
  let browser;
  before(async () => {
    app = await startApp();
    browser = await openBrowser();
    use(app, browser);
    await seed();
  });
  after(async () => {
    if (browser) await browser.close();
    if (app) await app.stop();
  });
}

/** A form-js field by its component id. */
const field = id => `.fjs-container [id$="-${id}"]`;

/** Opens a task by id in Tasklist, claims it and waits until its form can be edited. */
async function openTask(context, base, user, taskId, viewport, editableField) {
  const page = await login(context, base, 'tasklist', user);
  await page.setViewportSize(viewport);
  await page.goto(`${base}/camunda/app/tasklist/default/#/?task=${taskId}`);
  await page.waitForSelector('.fjs-container');
  await page.click('button.claim');
  await page.waitForSelector(`${field(editableField)}:not([disabled])`);
  return page;
}

module.exports = { openBrowser, login, shot, SHOTS, useAppAndBrowser, field, openTask };
