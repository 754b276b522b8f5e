// Headless Debian Chromium through playwright-core, logged into a Camunda webapp as a demo user.
const { chromium } = require('playwright-core');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { TARGET } = require('./app.cjs');

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

/** Opens a fresh page of the given webapp (tasklist, cockpit) logged in as `user`. */
async function login(context, base, app, user) {
  await context.clearCookies(); // one user at a time: drop the previous user's session
  const page = await context.newPage();
  await page.goto(`${base}/camunda/app/${app}/default/`);
  await page.fill('input[placeholder="Username"]', user);
  await page.fill('input[placeholder="Password"]', 'demo');
  await page.click('button[type="submit"]');
  await page.waitForSelector('input[placeholder="Username"]', { state: 'detached', timeout: 20_000 });
  return page;
}

async function shot(page, name) {
  fs.mkdirSync(SHOTS, { recursive: true });
  const file = path.join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

module.exports = { openBrowser, login, shot, SHOTS };
