// What the hostile-text browser test watches a page for, and the other site it serves.
const assert = require('node:assert/strict');
const http = require('node:http');

/** Records what a page does with the hostile text: dialogs it opens and scripts its CSP refuses. */
function watch(page) {
  const seen = { dialogs: [], refused: [] };
  page.on('dialog', dialog => { seen.dialogs.push(dialog.message()); dialog.dismiss().catch(() => {}); });
  page.on('console', message => {
    if (/Content Security Policy|unsafe-eval|Refused to/i.test(message.text())) seen.refused.push(message.text());
  });
  return seen;
}

/** Nothing ran, nothing of the payloads became an element, and no link of theirs is in the page. */
async function assertInert(page, seen, where) {
  await page.waitForTimeout(500); // an image's error event comes after it failed to load
  assert.deepEqual(seen.dialogs, [], `${where}: no script of the text ran`);
  assert.deepEqual(seen.refused, [], `${where}: no script of the text had to be refused by the CSP`);
  const planted = await page.$$eval('.xss, a[href*="evil.example"], a[href^="javascript:"], iframe[src^="javascript:"]',
    elements => elements.map(e => e.outerHTML));
  assert.deepEqual(planted, [], `${where}: the text became no element or link`);
  assert.ok(!(await page.evaluate(() => document.body.innerText)).includes('王49'), `${where}: {{7*7}} was not evaluated`);
}

/** Another site (http://localhost:<port>, while the application is http://127.0.0.1:<port>) serving `html`. */
async function otherSite(html) {
  const server = http.createServer((request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(html);
  });
  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://localhost:${server.address().port}/`, close: () => new Promise(resolve => server.close(resolve)) };
}

module.exports = { watch, assertInert, otherSite };
