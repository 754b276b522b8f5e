// Staff words in the browser (/words/staff-words.js) with the application's catalog: the same words as
// the Java side for the same examples, variable values and the operation log in words, times in the
// centre's zone; and the Cockpit case history and search rendered from engine answers show no raw code,
// variable name or date string. (The pages themselves, with real cases: e2e/staff-words.test.cjs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { rawTextProblems } from './raw-text.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, '../../../..');
const PLUGIN = path.join(ROOT, 'src/main/resources/META-INF/resources/webjars/camunda/app/cockpit/aftersales');
const catalog = JSON.parse(fs.readFileSync(path.join(ROOT, 'src/main/resources/words/staff-words.json'), 'utf8'));
const examples = JSON.parse(fs.readFileSync(path.join(ROOT, 'src/test/resources/words/staff-words-examples.json'), 'utf8'));
const require = createRequire(import.meta.url);
const { JSDOM } = require('jsdom');
const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', { url: 'http://localhost/camunda/app/cockpit/default/' });
Object.assign(globalThis, { window: dom.window, document: dom.window.document, Node: dom.window.Node,
  DOMParser: dom.window.DOMParser, FormData: dom.window.FormData });

/** Waits until the screen shows `selector` (the diagram viewer, a script jsdom does not load, is left waiting). */
async function shown(node, selector) {
  for (let i = 0; i < 200 && !node.querySelector(selector); i++) await new Promise(r => setTimeout(r, 10));
  assert.ok(node.querySelector(selector), `${selector} shown`);
}

const { staffWords, centreTime, loadStaffWords } = await import(path.join(ROOT, 'src/main/resources/static/words/staff-words.js'));
const { renderCase } = await import(path.join(PLUGIN, 'history/case-view.js'));
const { renderSearch } = await import(path.join(PLUGIN, 'history/search.js'));
const words = staffWords({ ...catalog, timeZone: 'Asia/Shanghai' });

test('codes, durations and timer cycles read as the Java side writes them', () => {
  for (const [kind, code, text] of examples.codes) assert.equal(words.code(kind, code), text, `${kind} ${code}`);
  for (const [iso, text] of examples.durations) assert.equal(words.duration(iso), text, iso);
  for (const [cycle, text] of examples.cycles) assert.equal(words.cycle(cycle), text, cycle);
  assert.equal(words.code('outcome', null), '—');
  assert.equal(words.code('group', ['sales', 'delivery']), 'Sales / 销售, Delivery / 交付');
});

test('times read as the centre writes them, whatever the browser\'s zone', () => {
  assert.equal(centreTime('2026-11-27T12:00:00.5Z', 'Asia/Shanghai'), '2026-11-27 20:00');
  assert.equal(centreTime('2026-11-27T16:30:00Z', 'Asia/Shanghai'), '2026-11-28 00:30');
  assert.equal(centreTime('2026-11-27T15:59:20.000+0000', 'Asia/Shanghai'), '2026-11-27 23:59', 'the engine\'s date format');
  assert.match(centreTime('2026-11-27T12:00:00Z', 'Not/AZone'), /^2026-11-2\d \d\d:00$/);
  assert.equal(centreTime(null, 'Asia/Shanghai'), '');
  assert.equal(words.time('2026-11-27T15:59:20.123Z'), '2026-11-27 23:59');
});

test('variable names and values in words: codes, lists, yes/no, dates, durations and cycles', () => {
  assert.equal(words.variable('loanerEntitlement'), 'Loaner entitlement / 代步车权益');
  assert.equal(words.variable('noSuchVariable'), 'noSuchVariable', 'an unknown name shows as it is');
  assert.equal(words.value('loanerEntitlement', 'SAME_CLASS_LOANER', 'String'), 'Same-class loaner (VIP) / 同级别代步车(VIP)');
  assert.equal(words.value('notifiedGroups', 'service-advisor,service-manager', 'String'),
    'Service advisor / 服务顾问, Service manager / 服务经理');
  assert.equal(words.value('reviewParties', '["sales","delivery"]', 'Json'), 'Sales / 销售, Delivery / 交付',
    'a checklist, as the engine keeps it');
  assert.equal(words.value('reviewPartiesMissing', 'delivery,marketing', 'String'), 'Delivery / 交付, Marketing / 市场');
  assert.equal(words.value('slaBreached', true, 'Boolean'), 'Yes / 是');
  assert.equal(words.value('escalated', false, 'Boolean'), 'No / 否');
  assert.equal(words.value('responseDeadline', '2026-11-27T12:00:00.000+0000', 'Date'), '2026-11-27 20:00');
  assert.equal(words.value('responseSla', 'PT2H', 'String'), '2 h / 2小时');
  assert.equal(words.value('managerDeadline', 'IMMEDIATE', 'String'), 'At once / 立即');
  assert.equal(words.value('managerDeadline', 'PT24H', 'String'), '24 h / 24小时');
  assert.equal(words.value('updateCadence', 'R/P3D', 'String'), 'every 3 days / 每3天');
  assert.equal(words.value('painPoints', 'could not collect the car', 'String'), 'could not collect the car');
  assert.equal(words.value('outcome', null, 'Null'), '—');
  assert.deepEqual(words.options('grade').map(([code]) => code), ['S', 'A', 'B']);
});

test('the operation log says what was done, not "delete false→true"', () => {
  const completed = words.operation({ operationType: 'Complete', entityType: 'Task', property: 'delete', orgValue: 'false', newValue: 'true' });
  assert.deepEqual(completed, { what: 'Completed / 完成', entity: 'Task / 任务', change: '' });
  const claimed = words.operation({ operationType: 'Claim', entityType: 'Task', property: 'assignee', orgValue: null, newValue: 'manager' });
  assert.equal(claimed.change, 'Assignee / 处理人: — → manager');
  const due = words.operation({ operationType: 'SetDueDate', entityType: 'Task', property: 'dueDate', orgValue: null, newValue: String(Date.parse('2026-11-27T12:00:00Z')) });
  assert.equal(due.change, 'Due / 到期时间: — → 2026-11-27 20:00');
  const suspended = words.operation({ operationType: 'Suspend', entityType: 'ProcessInstance', property: 'suspensionState', orgValue: null, newValue: 'true' });
  assert.deepEqual(suspended, { what: 'Suspended / 暂停', entity: 'Case / 案例', change: 'Suspended / 暂停状态: — → Yes / 是' });
});

test('without the catalog (not logged in) codes show as they are and the page still works', async () => {
  const offline = await loadStaffWords(async () => ({ ok: false, json: async () => ({}) }));
  assert.equal(offline.code('outcome', 'CHURNED'), 'CHURNED');
  assert.match(offline.time('2026-11-27T12:00:00Z'), /^2026-11-2\d \d\d:00$/);
  const online = await loadStaffWords(async () => ({ ok: true, json: async () => catalog }));
  assert.equal(online.code('outcome', 'CHURNED'), 'Churned / 流失', 'a failed load is tried again');
});

// --- the Cockpit plugin's screens from engine answers shaped as the REST API gives them ---

const rescueXml = fs.readFileSync(path.join(ROOT, 'processes/low-score-rescue.bpmn'), 'utf8');
const at = hours => new Date(Date.parse('2026-11-23T02:00:00Z') + hours * 3600e3).toISOString().replace('Z', '+0000');
const answers = {
  '/history/process-instance/pi-1': { id: 'pi-1', businessKey: 'SV-1', processDefinitionKey: 'lowScoreRescue',
    processDefinitionId: 'lowScoreRescue:1:x', state: 'COMPLETED', startTime: at(0), endTime: at(80), durationInMillis: 80 * 3600e3 },
  '/process-definition/lowScoreRescue:1:x/xml': { bpmn20Xml: rescueXml },
  '/history/activity-instance': [
    { activityId: 'Task_FirstContact', activityName: 'First contact and listen (LEAP)', activityType: 'userTask', taskId: 't-1',
      startTime: at(0), endTime: at(3), durationInMillis: 3 * 3600e3 },
    { activityId: 'Timer_ResponseSla', activityName: 'Response SLA missed', activityType: 'boundaryTimer', startTime: at(2), endTime: at(2) },
    { activityId: 'Task_ClassifyScore', activityName: 'Classify score', activityType: 'businessRuleTask', startTime: at(0), endTime: at(0) },
    { activityId: 'Gateway_X', activityName: null, activityType: 'exclusiveGateway', startTime: at(0), endTime: at(0) },
    { activityId: 'EndEvent_X', activityName: 'Rescue done', activityType: 'noneEndEvent', startTime: at(80), endTime: at(80) }],
  '/history/task': [{ id: 't-1', assignee: 'manager' }],
  '/history/detail': [
    { time: at(0), variableName: 'grade', variableType: 'String', value: 'S', revision: 0 },
    { time: at(0), variableName: 'responseSla', variableType: 'String', value: 'PT2H', revision: 0 },
    { time: at(0), variableName: 'responseDeadline', variableType: 'Date', value: at(2), revision: 0 },
    { time: at(0), variableName: 'notifiedGroups', variableType: 'String', value: 'service-manager', revision: 0 },
    { time: at(0), variableName: 'slaBreached', variableType: 'Boolean', value: false, revision: 0 },
    { time: at(2), variableName: 'slaBreached', variableType: 'Boolean', value: true, revision: 1 },
    { time: at(3), variableName: 'promisedCallbackAt', variableType: 'String', value: '2026-11-24T12:00:00Z', revision: 0, userOperationId: 'op-1' },
    { time: at(6), variableName: 'rootCauseCategory', variableType: 'String', value: 'REPEAT_REPAIR', revision: 0 },
    { time: at(60), variableName: 'outcome', variableType: 'String', value: 'NOT_RECOVERED', revision: 0 },
    { time: at(60), variableName: 'reRating', variableType: 'String', value: 'TAKEN_EARLY', revision: 1 }],
  '/history/user-operation': [
    { operationId: 'op-0', userId: 'manager', operationType: 'Claim', entityType: 'Task', taskId: 't-1', property: 'assignee',
      orgValue: null, newValue: 'manager', timestamp: at(1) },
    { operationId: 'op-1', userId: 'manager', operationType: 'Complete', entityType: 'Task', taskId: 't-1', property: 'delete',
      orgValue: 'false', newValue: 'true', timestamp: at(3) }],
  '/history/incident': [{ createTime: at(4), endTime: at(5), incidentType: 'failedJob', activityId: 'Task_NotifyResponder',
    incidentMessage: 'mail server down' }],
  '/history/job-log': [
    { jobId: 'j-1', activityId: 'Timer_ResponseSla', creationLog: true, jobDueDate: at(2), timestamp: at(0) },
    { jobId: 'j-1', activityId: 'Timer_ResponseSla', successLog: true, timestamp: at(2) }],
  '/history/variable-instance': [],
};
const fakeEngine = {
  get: async (p, params) => {
    if (p === '/history/process-instance' && params && params.processInstanceIds) return [];
    if (p === '/history/process-instance') return [];
    return structuredClone(answers[p]);
  },
  query: async (p, params, body) => (p === '/history/variable-instance'
    ? [{ processInstanceId: 'pi-1', name: 'grade', value: 'S' }, { processInstanceId: 'pi-1', name: 'outcome', value: 'NOT_RECOVERED' },
      { processInstanceId: 'pi-1', name: 'customerName', value: '王先生' }, { processInstanceId: 'pi-1', name: 'slaBreached', value: true }]
    : body.processDefinitionKey === 'lowScoreRescue' ? [answers['/history/process-instance/pi-1']] : []),
};

test('the case history shows variable names, codes, types, states and times in words', async () => {
  const node = document.createElement('div');
  renderCase(node, fakeEngine, 'pi-1', words);
  await shown(node, '[data-test="related"]');
  const text = section => node.querySelector(`[data-test="${section}"]`).textContent;
  assert.match(text('case-state'), /^Completed \/ 已完成 · started \/ 开始 2026-11-23 10:00/);
  assert.match(text('variable-history'), /Response time \/ 响应时限2 h \/ 2小时/);
  assert.match(text('variable-history'), /First contact due \/ 首次联系截止2026-11-23 12:00/);
  assert.match(text('variable-history'), /SLA breached \/ 已超时No \/ 否[^]*SLA breached \/ 已超时Yes \/ 是/);
  assert.match(text('variable-history'), /Outcome \/ 挽回结果Not recovered \/ 未挽回/);
  assert.match(text('timeline'), /First contact and listen \(LEAP\) \/ 初次联系与倾听Task \/ 人工任务2026-11-23 10:00/);
  assert.match(text('timeline'), /Response SLA missed \/ 响应超时Deadline \/ 时限/, 'a timer in the model\'s words, English and Chinese');
  assert.match(text('operation-log'), /Completed \/ 完成Task \/ 任务/);
  assert.doesNotMatch(text('operation-log'), /delete|false|true/);
  assert.equal(node.querySelector('[data-test="variable-history"] td span').title, 'grade', 'the engine\'s name stays at hand');
  const texts = [...node.querySelectorAll('h2, h3, p, th, td')].map(e => e.textContent).join('\n');
  assert.deepEqual(rawTextProblems(catalog, texts), []);
});

test('the search shows levels, outcomes and states in words and offers them as choices', async () => {
  const node = document.createElement('div');
  renderSearch(node, fakeEngine, words);
  const level = [...node.querySelectorAll('select[name="level"] option')].map(o => o.textContent);
  assert.deepEqual(level.slice(0, 3), ['Any / 全部', 'Grade S / S级', 'Grade A / A级']);
  assert.ok(level.includes('L1 fatal / L1 致命'));
  const outcome = [...node.querySelectorAll('select[name="outcome"] option')].map(o => [o.value, o.textContent]);
  assert.ok(outcome.some(([v, t]) => v === 'NOT_RECOVERED' && t === 'Not recovered / 未挽回'));
  assert.ok(outcome.some(([v, t]) => v === 'ESCALATED' && t === 'Escalated / 已升级'));
  node.querySelector('form').dispatchEvent(new window.Event('submit', { cancelable: true }));
  await shown(node, '[data-test="history-results"]');
  const results = node.querySelector('[data-test="history-results"]').textContent;
  assert.match(results, /SV-1Low-score rescue \/ 低分挽回王先生Grade S \/ S级Not recovered \/ 未挽回2026-11-23 10:002026-11-26 18:00/);
  assert.match(results, /Completed \/ 已完成/);
  const texts = [...node.querySelectorAll('label, option, th, td')].map(e => e.textContent).join('\n');
  assert.deepEqual(rawTextProblems(catalog, texts), []);
});

test('the scan finds what staff must not read', () => {
  for (const text of ['NOT_RECOVERED', 'userTask', 'PT2H', 'Fri Nov 27 23:59:20 CST 2026', '2026-11-27T23:59:20Z',
    'loanerEntitlement', 'service-manager', 'COMPLETED']) {
    assert.notDeepEqual(rawTextProblems(catalog, `x ${text} y`), [], text);
  }
  assert.deepEqual(rawTextProblems(catalog, 'Grade S / S级 · L1 fatal / L1 致命 · 2026-11-27 23:59 · P90 · sales'), []);
});
