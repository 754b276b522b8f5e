// Headless Debian Chromium through playwright-core, logged into a Camunda webapp as a demo user.
const { chromium } = require('playwright-core');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { before, after } = require('node:test');
const { TARGET, startApp } = require('./app.cjs');

const SHOTS = path.join(TARGET, 'e2e');

/** A browser with a fresh profile, at desk size; `locale` (e.g. 'zh-CN') sets the language it asks pages in. */
async function openBrowser({ locale } = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'aftersales-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1440, height: 1000 },
    ...(locale ? { locale } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ...(locale ? [`--lang=${locale}`] : [])],
  });
  // a profile is some 11 MB: left behind, every run of the suite would add a hundred to /tmp. Removed
  // once close() has seen the browser exit (its 'close' event comes while Chromium still writes there)
  const close = context.close.bind(context);
  context.close = async options => {
    await close(options);
    fs.rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  };
  return context;
}

/**
 * Opens a fresh page of the given webapp (tasklist, cockpit) logged in as `user`, on the login form
 * whatever its language. Pages of an earlier user are closed first: one still polling after its
 * cookies are gone would start a new session under the next user's login. The webapp first asks
 * the engine for its CSRF token and only then posts the login, so an attempt whose post never comes
 * (the app still booting, a failed token request) or is refused is tried again on a reloaded page,
 * at most three times; the error names what each attempt saw.
 */
async function login(context, base, app, user) {
  for (const open of context.pages()) await open.close();
  await context.clearCookies(); // one user at a time: drop the previous user's session
  const page = await context.newPage();
  const failures = [];
  page.on('response', r => { if (r.status() >= 400) failures.push(`${r.request().method()} ${new URL(r.url()).pathname} ${r.status()}`); });
  const attempts = [];
  for (let attempt = 1; attempt <= 3; attempt++) {
    failures.length = 0;
    await page.goto(`${base}/camunda/app/${app}/default/`, { waitUntil: 'networkidle' });
    const form = 'form[name="signinForm"]';
    await page.fill(`${form} input[type="text"]`, user);
    await page.fill(`${form} input[type="password"]`, 'demo');
    const answer = page.waitForResponse(r => r.request().method() === 'POST' && /\/auth\/user\/[^/]+\/login\//.test(r.url()),
      { timeout: 15_000 }).catch(() => null);
    await page.click(`${form} button[type="submit"]`);
    const response = await answer;
    if (response && response.ok()) {
      await page.waitForSelector(form, { state: 'detached', timeout: 20_000 });
      if (attempts.length) console.log(`${user} logged into ${app} at attempt ${attempt} after: ${attempts.join(' | ')}`);
      return page;
    }
    const shown = (await page.locator('.page-notifications').allInnerTexts().catch(() => [])).join(' ').trim();
    attempts.push(response
      ? `login answered ${response.status()} ${(await response.text()).slice(0, 200)}`
      : `no login post within 15 s (errors seen: ${failures.join(', ') || 'none'}; page says: ${shown || 'nothing'})`);
    await context.clearCookies();
  }
  throw new Error(`${user} could not log into ${app}: ${attempts.join(' | ')}`);
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
