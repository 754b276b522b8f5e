// The Tasklist alerts plugin's rules without a browser: what counts as new since the user last
// looked, which task an alert opens, and the header's times and channels in staff words.
// (The header itself is tested in the browser: e2e/tasklist-alerts.test.cjs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const PLUGIN = path.resolve(here, '../../../main/resources/META-INF/resources/webjars/camunda/app/tasklist/aftersales');
const { countText, lastSeenStore, newSince, taskToOpen } = await import(path.join(PLUGIN, 'alerts/inbox.js'));
const ROOT = path.resolve(here, '../../../..');
const { staffWords } = await import(path.join(ROOT, 'src/main/resources/static/words/staff-words.js'));
const catalog = JSON.parse(fs.readFileSync(path.join(ROOT, 'src/main/resources/words/staff-words.json'), 'utf8'));

const alert = (id, createdAt) => ({ id, createdAt });

test('new means after the last alert the user saw, to the server\'s sub-millisecond precision', () => {
  const newestFirst = [alert('c', '2026-11-27T12:00:00.123456Z'), alert('b', '2026-11-27T12:00:00.1234Z'),
    alert('a', '2026-11-27T11:00:00Z')];
  assert.deepEqual(newSince(newestFirst, null).map(n => n.id), ['c', 'b', 'a'], 'never looked: all are new');
  assert.deepEqual(newSince(newestFirst, '2026-11-27T12:00:00.1234Z').map(n => n.id), ['c']);
  assert.deepEqual(newSince(newestFirst, '2026-11-27T12:00:00.123456Z'), []);
  assert.deepEqual(newSince(newestFirst, 'garbage').map(n => n.id), ['c', 'b', 'a']);
});

test('the count says "50+" when every alert fetched is new', () => {
  const fetched = Array.from({ length: 50 }, (_, i) => alert(String(i), '2026-11-27T12:00:00Z'));
  assert.equal(countText(fetched, fetched, 50), '50+');
  assert.equal(countText(fetched.slice(0, 3), fetched, 50), '3');
  assert.equal(countText([], [], 50), '0');
});

test('times read as the centre writes them, channels in words (the staff words the header uses)', () => {
  const words = staffWords({ ...catalog, timeZone: 'Asia/Shanghai' });
  assert.equal(words.time('2026-11-27T12:00:00.5Z'), '2026-11-27 20:00');
  assert.equal(words.time('2026-11-27T15:59:20.123456Z'), '2026-11-27 23:59', 'not Fri Nov 27 23:59:20 CST 2026');
  assert.equal(words.code('channel', 'URGENT'), 'Urgent / 紧急', 'a red alert');
  assert.equal(words.code('channel', 'ALERT'), 'Alert / 警报');
  assert.equal(words.code('channel', 'REMINDER'), 'Reminder / 提醒');
  assert.equal(words.code('channel', 'FAX'), 'FAX');
});

test('an alert opens the user\'s own task first, then an unclaimed one, and none when the case has none', () => {
  const tasks = [{ id: 'theirs', assignee: 'regional' }, { id: 'open', assignee: null }, { id: 'mine', assignee: 'manager' }];
  assert.equal(taskToOpen(tasks, 'manager').id, 'mine');
  assert.equal(taskToOpen(tasks.slice(0, 2), 'manager').id, 'open');
  assert.equal(taskToOpen([tasks[0]], 'manager').id, 'theirs');
  assert.equal(taskToOpen([], 'manager'), null);
});

test('"last seen" is kept per user', () => {
  const map = new Map();
  const storage = { getItem: k => map.get(k) ?? null, setItem: (k, v) => map.set(k, v) };
  lastSeenStore(storage, 'manager').set('2026-11-27T12:00:00Z');
  assert.equal(lastSeenStore(storage, 'manager').get(), '2026-11-27T12:00:00Z');
  assert.equal(lastSeenStore(storage, 'advisor').get(), null);
  const broken = { getItem: () => { throw new Error('off'); }, setItem: () => { throw new Error('off'); } };
  assert.equal(lastSeenStore(broken, 'manager').get(), null);
  lastSeenStore(broken, 'manager').set('x');
});
