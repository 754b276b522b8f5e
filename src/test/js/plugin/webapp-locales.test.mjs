// The webapps' Chinese (locales/zh.json of Tasklist, Cockpit and Admin) against where it comes from:
// Tasklist's and Admin's from the npm package camunda-webapp-translations at the locked version (its
// zh-Hans files), Cockpit's our own (the package has none); each app's config.js registers it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const APP = path.resolve(here, '../../../main/resources/META-INF/resources/webjars/camunda/app');
const require = createRequire(import.meta.url);
const PACKAGE = path.dirname(require.resolve('camunda-webapp-translations/package.json'));

const json = file => JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
const ours = app => json(path.join(APP, app, 'locales', 'zh.json'));
const vendored = app => json(path.join(PACKAGE, app, 'zh-Hans.json'));

/** Labels Tasklist 7.24 has and the package (7.15) lacks; ours, listed in LOCALES.md. */
const TASKLIST_ADDED = ['CAM_WIDGET_INLINE_FIELD_CRIT_VALUE', 'CAM_WIDGET_INLINE_FIELD_CRIT_VALUE_BTN_CHANGE',
  'CAM_WIDGET_INLINE_FIELD_CRIT_VALUE_BTN_CLOSE', 'CAM_WIDGET_INLINE_FIELD_CRIT_VALUE_CHANGE', 'PAGINATION_FIRST',
  'PAGINATION_LAST', 'PAGINATION_NEXT', 'PAGINATION_PREVIOUS', 'WITHOUT_DUE_DATE'];

test('Tasklist speaks the package\'s Chinese, plus the labels Tasklist added since', () => {
  const zh = ours('tasklist');
  const pkg = vendored('tasklist');
  for (const [key, value] of Object.entries(pkg.labels)) assert.equal(zh.labels[key], value, key);
  const added = Object.keys(zh.labels).filter(key => !(key in pkg.labels));
  assert.deepEqual(added.sort(), [...TASKLIST_ADDED].sort());
  assert.deepEqual(zh.dateLocales, pkg.dateLocales);
  assert.equal(zh.labels.CLAIM_TASK, '认领');
});

test('Admin is the package\'s Chinese unchanged', () => {
  assert.deepEqual(ours('admin'), vendored('admin'));
});

test('Cockpit\'s Chinese is our own plain text, dated like Tasklist', () => {
  const zh = ours('cockpit');
  assert.ok(Object.keys(zh.labels).length > 300);
  for (const [key, value] of Object.entries(zh.labels)) {
    assert.ok(!/[<>]/.test(value), `${key} is text, not markup`);
    assert.ok(/[\u4e00-\u9fff]/.test(value) || /^[\d\s{}\w.]*$/.test(value), `${key} is Chinese`);
  }
  assert.deepEqual(zh.dateLocales, vendored('tasklist').dateLocales);
});

test('each webapp offers Chinese and falls back to English', async () => {
  for (const app of ['tasklist', 'cockpit', 'admin']) {
    const config = (await import(pathToFileURL(path.join(APP, app, 'scripts', 'config.js')).href)).default;
    assert.deepEqual(config.locales, { availableLocales: ['en', 'zh'], fallbackLocale: 'en' }, app);
  }
});
