// The Cockpit plugin's pure parts, on the real models: which timers are SLA deadlines and what
// they escalate to, how the job log becomes the SLA panel, and which engine queries a search makes.
// (The plugin's screens are tested in the browser: e2e/case-history.test.cjs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, '../../../..');
const PLUGIN = path.join(ROOT, 'src/main/resources/META-INF/resources/webjars/camunda/app/cockpit/aftersales');
const require = createRequire(import.meta.url);
const { JSDOM } = require('jsdom');
globalThis.DOMParser = new JSDOM('').window.DOMParser;

const { readModel } = await import(path.join(PLUGIN, 'history/model.js'));
const { slaDeadlines, pathCounts, BREACHED, MET, OPEN } = await import(path.join(PLUGIN, 'history/sla.js'));
const { queriesFor } = await import(path.join(PLUGIN, 'history/search.js'));

const model = name => readModel(fs.readFileSync(path.join(ROOT, 'processes', name), 'utf8'));

test('the SLA timers marked in the rescue model, with the escalation each leads to', () => {
  const rescue = model('low-score-rescue.bpmn');
  assert.deepEqual(rescue.sla.map(s => s.id), ['Timer_ResponseSla', 'Timer_PromisedCallback']);
  const response = rescue.sla[0];
  assert.equal(response.sla, "First contact within the grade's response SLA");
  assert.deepEqual(response.escalation, ['Notify escalation group', 'Handle missed response SLA', 'Escalation group notified', 'Escalation handled']);
});

test('every process with deadlines marks them', () => {
  const marked = file => model(file).sla.map(s => s.id);
  assert.deepEqual(marked('passive-follow-up.bpmn'), ['Timer_FollowUpDue']);
  assert.deepEqual(marked('parts-shortage-escalation.bpmn').sort(), ['StartEvent_PromisedDatePassed',
    'StartEvent_TwicePromisedPassed', 'Timer_ManagerReviewDue', 'Timer_RepairNotStarted']);
  assert.deepEqual(marked('improvement-action.bpmn'), ['Timer_ActionOverdue'], 'the reminder is not a deadline');
  assert.equal(marked('joint-case-review.bpmn').length, 5, 'one time box per segment');
});

test('the job log gives each deadline: breached when the timer fired, met when it was removed, else open', () => {
  const rescue = model('low-score-rescue.bpmn');
  const log = (jobId, activityId, kind, timestamp, due) => ({ jobId, activityId, timestamp, jobDueDate: due,
    creationLog: kind === 'created', successLog: kind === 'fired', deletionLog: kind === 'removed' });
  const deadlines = slaDeadlines(rescue, [
    log('j1', 'Timer_ResponseSla', 'created', '2026-11-01T10:00', '2026-11-01T12:00'),
    log('j1', 'Timer_ResponseSla', 'fired', '2026-11-01T12:00'),
    log('j2', 'Timer_PromisedCallback', 'created', '2026-11-01T13:00', '2026-11-02T20:00'),
    log('j2', 'Timer_PromisedCallback', 'removed', '2026-11-02T18:00'),
    log('j3', 'Timer_ReviewDue', 'created', '2026-11-01T10:00', '2026-11-04T10:00'), // not an SLA
  ]);
  assert.deepEqual(deadlines.map(d => [d.id, d.state, d.at]), [
    ['Timer_ResponseSla', BREACHED, '2026-11-01T12:00'], ['Timer_PromisedCallback', MET, '2026-11-02T18:00']]);
  assert.deepEqual(deadlines[0].escalation, ['Notify escalation group', 'Handle missed response SLA', 'Escalation group notified', 'Escalation handled']);
  assert.deepEqual(deadlines[1].escalation, [], 'a met deadline caused nothing');
  assert.equal(slaDeadlines(rescue, [log('j4', 'Timer_ResponseSla', 'created', 'x', 'y')])[0].state, OPEN);
});

test('path counts: how often each step was entered', () => {
  assert.deepEqual(pathCounts([{ activityId: 'A' }, { activityId: 'B' }, { activityId: 'A' }]), { A: 2, B: 1 });
});

test('a search makes one engine query per process that can match its fields', () => {
  assert.equal(queriesFor({}).length, 5, 'no filter: every process');
  const byLevel = queriesFor({ level: 's', sla: 'breached', state: 'finished' });
  assert.deepEqual(byLevel.map(q => q.processDefinitionKey), ['lowScoreRescue', 'partsShortageEscalation']);
  assert.deepEqual(byLevel[0].variables, [{ name: 'grade', operator: 'eq', value: 'S' },
    { name: 'slaBreached', operator: 'eq', value: true }]);
  assert.equal(byLevel[0].finished, true);
  const escalated = queriesFor({ process: 'partsShortageEscalation', outcome: 'escalated', businessKey: ' RO-1 ' });
  assert.deepEqual(escalated[0].variables, [{ name: 'escalated', operator: 'eq', value: true }]);
  assert.equal(escalated[0].processInstanceBusinessKeyLike, '%RO-1%');
  assert.deepEqual(queriesFor({ customer: '王' }).map(q => q.processDefinitionKey),
    ['lowScoreRescue', 'passiveFollowUp', 'partsShortageEscalation']);
  const byIds = queriesFor({ customer: '王', state: 'finished' }, ['id-1', 'id-2']);
  assert.deepEqual(byIds[0].processInstanceIds, ['id-1', 'id-2'], 'the customer lookup\'s case ids, not a variable scan');
  assert.deepEqual(byIds[0].variables, []);
});

test('the vendored diagram viewer is the bpmn-js of the locked npm package, unchanged', () => {
  for (const [vendored, source] of [['bpmn-navigated-viewer.production.min.js', 'dist'],
    ['diagram-js.css', 'dist/assets'], ['bpmn-js.css', 'dist/assets']]) {
    const original = fs.readFileSync(path.join(here, '..', 'node_modules/bpmn-js', source, vendored));
    assert.ok(original.equals(fs.readFileSync(path.join(PLUGIN, 'vendor', vendored))), `${vendored} differs from bpmn-js`);
  }
});
