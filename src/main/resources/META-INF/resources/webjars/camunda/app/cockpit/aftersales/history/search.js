// History search: ended and running cases of our processes by process, business key, customer,
// grade/risk level, outcome, start date range, state and SLA.
import { h, table, caseLink } from './dom.js';
import { PROCESSES, SHOWN_VARIABLES, labelOf } from './processes.js';

const MAX_RESULTS = 200;

/** yyyy-MM-dd (a date input) -> the engine's date format at local midnight, e.g. 2026-11-01T00:00:00.000+0800 */
function engineDate(day, plusDays = 0) {
  const date = new Date(`${day}T00:00:00`);
  date.setDate(date.getDate() + plusDays);
  const offset = -date.getTimezoneOffset();
  const pad = n => String(Math.abs(n)).padStart(2, '0');
  const sign = offset >= 0 ? '+' : '-';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T00:00:00.000${sign}${pad(Math.trunc(offset / 60))}${pad(offset % 60)}`;
}

/**
 * The engine queries for a filter: one per process that can match it. A customer filter becomes
 * the case ids `customerCaseIds` found for the name (see search()), which the engine query then
 * restricts to what the user may read.
 */
export function queriesFor(filter, customerCaseIds = null) {
  const keys = filter.process ? [filter.process] : Object.keys(PROCESSES);
  return keys.map(key => {
    const process = PROCESSES[key];
    const variables = [];
    const restriction = {};
    if (filter.customer) {
      if (!process.customer) return null;
      if (customerCaseIds) restriction.processInstanceIds = customerCaseIds;
      else variables.push({ name: process.customer, operator: 'like', value: `%${filter.customer}%` });
    }
    if (filter.level) {
      if (!process.level) return null;
      variables.push({ name: process.level, operator: 'eq', value: filter.level.trim().toUpperCase() });
    }
    if (filter.outcome) {
      if (!process.outcome) return null;
      const typed = filter.outcome.trim();
      variables.push({ name: process.outcome, operator: 'eq', value: process.outcomeValue ? process.outcomeValue(typed) : typed.toUpperCase() });
    }
    if (filter.sla) variables.push({ name: 'slaBreached', operator: 'eq', value: filter.sla === 'breached' });
    const body = { ...restriction, processDefinitionKey: key, variables, sorting: [{ sortBy: 'startTime', sortOrder: 'desc' }] };
    if (filter.businessKey) body.processInstanceBusinessKeyLike = `%${filter.businessKey.trim()}%`;
    if (filter.from) body.startedAfter = engineDate(filter.from);
    if (filter.to) body.startedBefore = engineDate(filter.to, 1);
    if (filter.state === 'finished') body.finished = true;
    if (filter.state === 'running') body.unfinished = true;
    return body;
  }).filter(Boolean);
}

/** Case ids whose customer name contains the text, from the application's read-only endpoint. */
async function customerCaseIds(name) {
  const response = await fetch(`/api/history/customer-cases?name=${encodeURIComponent(name.trim())}`,
    { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`${response.status} customer search`);
  return response.json();
}

export async function search(engine, filter) {
  const ids = filter.customer ? await customerCaseIds(filter.customer) : null;
  if (ids && !ids.length) return { cases: [], vars: {}, capped: false };
  const lists = await Promise.all(queriesFor(filter, ids).map(body =>
    engine.query('/history/process-instance', { firstResult: 0, maxResults: MAX_RESULTS }, body)));
  const cases = lists.flat().sort((a, b) => String(b.startTime).localeCompare(String(a.startTime)));
  const vars = {};
  if (cases.length) {
    const found = await engine.query('/history/variable-instance', { deserializeValues: false },
      { processInstanceIdIn: cases.map(c => c.id), variableNameIn: SHOWN_VARIABLES });
    for (const v of found) (vars[v.processInstanceId] = vars[v.processInstanceId] || {})[v.name] = v.value;
  }
  return { cases, vars, capped: lists.some(list => list.length === MAX_RESULTS) };
}

function field(label, input) {
  return h('label', { class: 'aftersales-field' }, h('span', {}, label), input);
}

/** `words`: the application's staff words (/words/staff-words.js). */
export function renderSearch(node, engine, words) {
  const params = new URLSearchParams((window.location.hash.split('?')[1]) || '');
  const input = (name, attrs = {}) => h('input', { class: 'form-control', name, value: params.get(name) || '', ...attrs });
  const select = (name, options) => {
    const element = h('select', { class: 'form-control', name },
      options.map(([v, label]) => h('option', { value: v }, label)));
    element.value = params.get(name) || '';
    return element;
  };
  const results = h('div', { class: 'aftersales-results' });
  const form = h('form', { class: 'aftersales-search', onsubmit: event => { event.preventDefault(); run(); } },
    field('Process / 流程', select('process', [['', 'All / 全部'], ...Object.entries(PROCESSES).map(([k, p]) => [k, p.label])])),
    field('Business key / 业务编号 (survey id, repair order id)', input('businessKey')),
    field('Customer / 客户', input('customer')),
    field('Grade or risk level / 等级', select('level', [['', 'Any / 全部'], ...words.options('grade'), ...words.options('riskLevel')])),
    field('Outcome / 结果', select('outcome', [['', 'Any / 全部'], ...words.options('outcome'),
      ['ESCALATED', words.code('partsOutcome', 'ESCALATED')], ...words.options('actionState')])),
    field('Started from / 开始日期起', input('from', { type: 'date' })),
    field('to / 至', input('to', { type: 'date' })),
    field('State / 状态', select('state', [['', 'Any / 全部'], ['running', 'Running / 进行中'], ['finished', 'Finished / 已结束']])),
    field('SLA', select('sla', [['', 'Any / 全部'], ['breached', 'Breached / 已超时'], ['kept', 'Kept / 未超时']])),
    h('button', { type: 'submit', class: 'btn btn-primary' }, 'Search / 搜索'));

  const outcomeOf = v => (v.outcome ? words.code('outcome', v.outcome)
    : v.followUpOutcome ? words.code('passiveFollowUpOutcome', v.followUpOutcome)
    : v.escalated === true ? words.code('partsOutcome', 'ESCALATED') : words.value('actionState', v.actionState));

  async function run() {
    const filter = Object.fromEntries(new FormData(form).entries());
    results.replaceChildren(h('p', {}, 'Searching… / 搜索中…'));
    const started = performance.now();
    try {
      const { cases, vars, capped } = await search(engine, filter);
      const ms = Math.round(performance.now() - started);
      results.replaceChildren(
        h('p', { class: 'aftersales-count' }, `${cases.length} case(s) in ${ms} ms${capped ? ` (first ${MAX_RESULTS} per process)` : ''}`),
        table(['Business key / 业务编号', 'Process / 流程', 'Customer / 客户', 'Level / 等级', 'Outcome / 结果',
          'Started / 开始', 'Ended / 结束', 'SLA', 'State / 状态'],
        cases.map(c => {
          const v = vars[c.id] || {};
          const sla = v.slaBreached === true ? h('span', { class: 'aftersales-breached' }, 'breached / 超时')
            : v.slaBreached === false ? 'kept / 达成' : '';
          return [caseLink(c.id, c.businessKey || c.id), labelOf(c.processDefinitionKey), words.value('customerName', v.customerName),
            v.grade ? words.code('grade', v.grade) : words.value('riskLevel', v.riskLevel), outcomeOf(v),
            words.time(c.startTime), words.time(c.endTime), sla, words.code('processState', c.state)];
        }), { 'data-test': 'history-results' }));
    } catch (error) {
      results.replaceChildren(h('div', { class: 'alert alert-danger' }, error.message));
    }
  }

  node.replaceChildren(h('section', { class: 'aftersales-history' },
    h('h2', {}, 'Case history / 案例历史'),
    h('p', { class: 'text-muted' }, 'Ended and running cases; read-only. / 已结束和进行中的案例,只读。'),
    form, results));
  if ([...params.keys()].length) run();
}
