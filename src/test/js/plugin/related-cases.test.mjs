// The case history links a rescue and the improvement actions its step 6 committed both ways, by the
// action's surveyId (ADR 0058), from engine answers shaped as the REST API gives them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, '../../../..');
const PLUGIN = path.join(ROOT, 'src/main/resources/META-INF/resources/webjars/camunda/app/cockpit/aftersales');
const catalog = JSON.parse(fs.readFileSync(path.join(ROOT, 'src/main/resources/words/staff-words.json'), 'utf8'));
const require = createRequire(import.meta.url);
const { JSDOM } = require('jsdom');
const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', { url: 'http://localhost/camunda/app/cockpit/default/' });
Object.assign(globalThis, { window: dom.window, document: dom.window.document, Node: dom.window.Node,
  DOMParser: dom.window.DOMParser, FormData: dom.window.FormData });

const { staffWords } = await import(path.join(ROOT, 'src/main/resources/static/words/staff-words.js'));
const { renderCase } = await import(path.join(PLUGIN, 'history/case-view.js'));
const words = staffWords({ ...catalog, timeZone: 'Asia/Shanghai' });

const xml = file => ({ bpmn20Xml: fs.readFileSync(path.join(ROOT, 'processes', file), 'utf8') });
const cases = {
  'pi-R': { id: 'pi-R', businessKey: 'SV-9', processDefinitionKey: 'lowScoreRescue', processDefinitionId: 'lowScoreRescue:1:x',
    state: 'COMPLETED', startTime: '2026-11-23T02:00:00.000+0000', endTime: '2026-11-27T02:00:00.000+0000' },
  'pi-A': { id: 'pi-A', businessKey: 'SV-9/1', processDefinitionKey: 'improvementAction', processDefinitionId: 'improvementAction:1:x',
    state: 'ACTIVE', startTime: '2026-11-27T02:00:00.000+0000', endTime: null },
};
const queries = [];
const engine = {
  get: async (p, params) => {
    if (p.startsWith('/history/process-instance/')) return structuredClone(cases[p.split('/').pop()]);
    if (p === '/process-definition/lowScoreRescue:1:x/xml') return xml('low-score-rescue.bpmn');
    if (p === '/process-definition/improvementAction:1:x/xml') return xml('improvement-action.bpmn');
    if (p === '/history/variable-instance') return [{ name: 'surveyId', value: 'SV-9', type: 'String' }];
    if (p === '/history/process-instance' && params.processInstanceIds) {
      return params.processInstanceIds.split(',').filter(id => cases[id]).map(id => structuredClone(cases[id]));
    }
    return [];
  },
  query: async (p, params, body) => {
    queries.push(body);
    const action = body.processDefinitionKey === 'improvementAction'
      && JSON.stringify(body.variables) === JSON.stringify([{ name: 'surveyId', operator: 'eq', value: 'SV-9' }]);
    const rescue = body.processDefinitionKey === 'lowScoreRescue' && body.processInstanceBusinessKey === 'SV-9';
    return action ? [{ id: 'pi-A' }] : rescue ? [{ id: 'pi-R' }] : [];
  },
};

async function related(id) {
  const node = document.createElement('div');
  renderCase(node, engine, id, words);
  for (let i = 0; i < 200 && !node.querySelector('[data-test="related"]'); i++) await new Promise(r => setTimeout(r, 10));
  assert.ok(node.querySelector('[data-test="related"]'), 'related cases shown');
  return node.querySelector('[data-test="related"]').textContent;
}

test('a rescue lists the improvement actions its step 6 committed', async () => {
  const text = await related('pi-R');
  assert.match(text, /SV-9\/1[^]*improvement action committed by this rescue \/ 本挽回承诺的改进措施/);
});

test('an improvement action of a rescue links back to the rescue', async () => {
  const text = await related('pi-A');
  assert.match(text, /SV-9[^]*rescue that committed this action \/ 承诺本措施的挽回/);
  assert.ok(queries.some(q => q.processInstanceBusinessKey === 'SV-9'));
});
