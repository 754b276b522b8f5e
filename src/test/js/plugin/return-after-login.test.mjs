// Where Tasklist sends the browser back after the login: our report pages and API on this server,
// nothing else (the redirect itself is tested in the browser: e2e/review-and-report.test.cjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const PLUGIN = path.resolve(here, '../../../main/resources/META-INF/resources/webjars/camunda/app/tasklist/aftersales');
const { returnTarget } = await import(path.join(PLUGIN, 'return-after-login/target.js'));

const ORIGIN = 'http://aftersales.example:8080';
const back = wanted => returnTarget(`?returnTo=${encodeURIComponent(wanted)}`, ORIGIN);

test('the report page and its month come back as they were', () => {
  assert.equal(back('/reports/rescue.html?month=2026-10'), '/reports/rescue.html?month=2026-10');
  assert.equal(back('/api/reports/rescue/cases.csv?month=2026-10'), '/api/reports/rescue/cases.csv?month=2026-10');
});

test('anything else is no target: other sites, other pages of this server, no parameter', () => {
  for (const wanted of ['https://evil.example/reports/x', '//evil.example/reports/x', '/\\evil.example/reports/',
    'javascript:alert(1)', '/camunda/app/admin/default/', '/reports/../camunda/app/admin/', 'reports/rescue.html', '']) {
    assert.equal(back(wanted), null, wanted);
  }
  assert.equal(returnTarget('', ORIGIN), null);
  assert.equal(returnTarget('?other=1', ORIGIN), null);
});
