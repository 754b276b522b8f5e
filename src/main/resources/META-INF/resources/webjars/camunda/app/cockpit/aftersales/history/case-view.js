// The history of one case: path through the diagram with counts, SLA panel, timeline with who
// completed each task, variable history, user operations, incidents and related cases.
import { h, table, duration, caseLink } from './dom.js';
import { labelOf } from './processes.js';
import { readModel } from './model.js';
import { slaDeadlines, pathCounts, BREACHED, MET, FIRED, DONE_LATE, OVERDUE } from './sla.js';

const TASKLIST_ROW_COPIES = ['tasklistCustomer', 'tasklistCase', 'tasklistGrade', 'tasklistRiskLevel'];

const ASSETS = new URL('../vendor/', import.meta.url).href;
let viewerLoading;

/** bpmn-js's viewer bundle (vendored, see vendor/README.md); Cockpit's RequireJS must not capture it. */
function loadViewer() {
  if (!viewerLoading) {
    viewerLoading = new Promise((resolve, reject) => {
      for (const css of ['diagram-js.css', 'bpmn-js.css']) {
        document.head.append(h('link', { rel: 'stylesheet', href: ASSETS + css }));
      }
      const define = window.define;
      window.define = undefined;
      const script = h('script', { src: ASSETS + 'bpmn-navigated-viewer.production.min.js' });
      script.onload = () => { window.define = define; resolve(window.BpmnJS); };
      script.onerror = () => { window.define = define; reject(new Error('diagram viewer could not be loaded')); };
      document.head.append(script);
    });
  }
  return viewerLoading;
}

async function load(engine, id) {
  const instance = await engine.get(`/history/process-instance/${encodeURIComponent(id)}`);
  const byInstance = { processInstanceId: id };
  const [definition, activities, tasks, details, operations, incidents, jobLogs, variables, children] = await Promise.all([
    engine.get(`/process-definition/${instance.processDefinitionId}/xml`),
    engine.get('/history/activity-instance', { ...byInstance, sortBy: 'startTime', sortOrder: 'asc' }),
    engine.get('/history/task', byInstance),
    engine.get('/history/detail', { ...byInstance, variableUpdates: true, deserializeValues: false, sortBy: 'time', sortOrder: 'asc' }),
    engine.get('/history/user-operation', { ...byInstance, sortBy: 'timestamp', sortOrder: 'asc' }),
    engine.get('/history/incident', byInstance),
    engine.get('/history/job-log', byInstance),
    engine.get('/history/variable-instance', { ...byInstance, deserializeValues: false }),
    engine.get('/history/process-instance', { superProcessInstanceId: id }),
  ]);
  const vars = Object.fromEntries(variables.map(v => [v.name, v.value]));
  const related = await relatedCases(engine, instance, vars, children);
  // each task's own copy of its case for Tasklist's rows (Java: tasklist/TaskRowVariables) and a form's
  // value in words (a task's input parameter `…InWords`) change nothing in the case
  const copy = d => (d.taskId && TASKLIST_ROW_COPIES.includes(d.variableName)) || d.variableName.endsWith('InWords');
  const caseDetails = details.filter(d => !copy(d));
  return { instance, xml: definition.bpmn20Xml, activities, tasks, details: caseDetails, operations, incidents, jobLogs, vars, related };
}

/**
 * Parts order <-> the rescue its survey started; rescue/order <-> the review that selected it; review <-> its
 * actions; rescue <-> its step 6 actions.
 */
async function relatedCases(engine, instance, vars, children) {
  const links = [];
  const add = (id, why) => id && links.push({ id, why });
  add(vars.partsShortageInstanceId, 'parts-shortage order of this survey / 本问卷的缺件工单');
  add(vars.rescueInstanceId, 'rescue started by this order\'s survey / 本工单问卷触发的挽回');
  add(vars.negativeCase, 'selected negative case / 入选反面案例');
  add(vars.positiveCase, 'selected positive case / 入选正面案例');
  add(vars.complexCase, 'selected complex case / 入选复杂案例');
  add(instance.superProcessInstanceId, 'started by / 上级流程');
  children.forEach(child => add(child.id, 'started from this case / 本案例发起'));
  if (['lowScoreRescue', 'partsShortageEscalation'].includes(instance.processDefinitionKey)) {
    for (const slot of ['negativeCase', 'positiveCase', 'complexCase']) {
      const reviews = await engine.query('/history/process-instance', {}, {
        processDefinitionKey: 'jointCaseReview', variables: [{ name: slot, operator: 'eq', value: instance.id }] });
      reviews.forEach(review => add(review.id, 'review that selected this case / 选中本案例的复盘会'));
    }
  }
  // a rescue's step 6 actions carry its surveyId (ADR 0058); the rescue's business key is the survey id
  if (instance.processDefinitionKey === 'lowScoreRescue' && vars.surveyId) {
    const actions = await engine.query('/history/process-instance', {}, {
      processDefinitionKey: 'improvementAction', variables: [{ name: 'surveyId', operator: 'eq', value: vars.surveyId }] });
    actions.forEach(action => add(action.id, 'improvement action committed by this rescue / 本挽回承诺的改进措施'));
  }
  if (instance.processDefinitionKey === 'improvementAction' && vars.surveyId) {
    const rescues = await engine.query('/history/process-instance', {}, {
      processDefinitionKey: 'lowScoreRescue', processInstanceBusinessKey: vars.surveyId });
    rescues.forEach(rescue => add(rescue.id, 'rescue that committed this action / 承诺本措施的挽回'));
  }
  if (!links.length) return [];
  const found = await engine.get('/history/process-instance', { processInstanceIds: links.map(l => l.id).join(',') });
  const byId = Object.fromEntries(found.map(p => [p.id, p]));
  // only what the user may read is listed
  return links.filter(l => byId[l.id]).map(l => ({ ...l, instance: byId[l.id] }));
}

async function renderDiagram(container, xml, counts) {
  const BpmnJS = await loadViewer();
  const viewer = new BpmnJS({ container });
  await viewer.importXML(xml);
  const canvas = viewer.get('canvas');
  const overlays = viewer.get('overlays');
  const registry = viewer.get('elementRegistry');
  for (const [activityId, count] of Object.entries(counts)) {
    if (!registry.get(activityId)) continue; // e.g. multi-instance bodies
    canvas.addMarker(activityId, 'aftersales-passed');
    overlays.add(activityId, { position: { top: -10, right: 10 }, html: h('span', { class: 'aftersales-count-badge' }, count) });
  }
  canvas.zoom('fit-viewport');
}

/** Judged by the times (sla.js): a step done after its deadline is breached even if the timer never fired. */
function slaPanel(deadlines, { time }) {
  const breached = text => h('span', { class: 'aftersales-breached' }, text);
  const state = d => {
    if (d.how === FIRED) return breached(`breached / 超时 ${time(d.at)}`);
    if (d.how === DONE_LATE) return breached(`breached / 超时: done ${time(d.at)}, after the deadline / 逾期完成`);
    if (d.how === OVERDUE) return breached('breached / 超时: still open / 仍未完成');
    return d.state === MET ? h('span', { class: 'aftersales-met' }, `met / 达成 ${time(d.at)}`) : 'open / 进行中';
  };
  const escalation = d => d.state === BREACHED && d.how !== FIRED
    ? 'none: the timer did not fire / 计时器未触发, 未升级' : d.escalation.join(' → ');
  return table(['Deadline / 时限', 'SLA', 'Due / 到期', 'Met or breached / 结果', 'Escalation caused / 引发的升级'],
    deadlines.map(d => [d.name, d.sla, time(d.due), state(d), escalation(d)]), { 'data-test': 'sla-panel' });
}

/** `words`: the application's staff words (/words/staff-words.js): codes, variable names, the centre's time. */
export async function renderCase(node, engine, id, words) {
  const { time } = words;
  node.replaceChildren(h('p', {}, 'Loading… / 加载中…'));
  let data;
  try {
    data = await load(engine, id);
  } catch (error) {
    node.replaceChildren(h('div', { class: 'alert alert-danger' },
      error.status === 404 ? 'No such case, or you may not read it. / 无此案例或无权查看。' : error.message));
    return;
  }
  const { instance, xml, activities, tasks, details, operations, incidents, jobLogs, related } = data;
  const model = readModel(xml);
  const userOf = Object.fromEntries(operations.filter(o => o.operationId).map(o => [o.operationId, o.userId]));
  const completedBy = Object.fromEntries(operations.filter(o => o.operationType === 'Complete' && o.taskId)
    .map(o => [o.taskId, o.userId]));
  const assignee = Object.fromEntries(tasks.map(t => [t.id, t.assignee]));
  const steps = activities.filter(a => a.activityType !== 'multiInstanceBody');
  const diagram = h('div', { class: 'aftersales-diagram', 'data-test': 'diagram' });

  node.replaceChildren(h('section', { class: 'aftersales-history aftersales-case' },
    h('p', {}, h('a', { href: '#/aftersales/history' }, '← Case history / 案例历史')),
    h('h2', {}, `${labelOf(instance.processDefinitionKey)} · ${instance.businessKey || instance.id}`),
    h('p', { 'data-test': 'case-state' }, `${words.code('processState', instance.state)} · started / 开始 ${time(instance.startTime)}`,
      instance.startUserId ? ` by / 发起人 ${instance.startUserId}` : '',
      instance.endTime ? ` · ended / 结束 ${time(instance.endTime)} (${duration(instance.durationInMillis)})` : '',
      instance.state === 'ACTIVE' ? [' · ', h('a', { href: `#/process-instance/${instance.id}/runtime` }, 'runtime view / 运行视图')] : ''),
    h('h3', {}, 'SLA deadlines / 时限'), slaPanel(slaDeadlines(model, jobLogs), words),
    h('h3', {}, 'Path taken / 实际路径'), diagram,
    h('h3', {}, 'Timeline / 时间线'),
    table(['Step / 步骤', 'Type / 类型', 'Start / 开始', 'End / 结束', 'Duration / 用时', 'Completed by / 完成人'],
      steps.map(a => [model.has(a.activityId) ? model.name(a.activityId) : a.activityName || a.activityId,
        words.code('activityType', a.activityType), time(a.startTime),
        a.canceled ? `${time(a.endTime)} (cancelled / 取消)` : time(a.endTime), duration(a.durationInMillis),
        a.activityType === 'userTask' && a.endTime && !a.canceled ? (completedBy[a.taskId] || assignee[a.taskId] || '') : '']),
      { 'data-test': 'timeline' }),
    h('h3', {}, 'Variable history / 变量历史'),
    table(['Time / 时间', 'Variable / 变量', 'Value / 值', 'Revision / 版本', 'By / 操作人'],
      // auditors read the variable in words; the name the engine and the models use is its tooltip
      details.map(d => [time(d.time), h('span', { title: d.variableName }, words.variable(d.variableName)),
        words.value(d.variableName, d.value, d.variableType), d.revision,
        (d.userOperationId && userOf[d.userOperationId]) || 'process / 流程']), { 'data-test': 'variable-history' }),
    h('h3', {}, 'User operations / 用户操作日志'),
    table(['Time / 时间', 'User / 用户', 'Operation / 操作', 'Entity / 对象', 'Change / 变更'],
      operations.map(o => { const op = words.operation(o); return [time(o.timestamp), o.userId, op.what, op.entity, op.change]; }),
      { 'data-test': 'operation-log' }),
    h('h3', {}, 'Incidents / 故障'),
    table(['Created / 发生', 'Ended / 结束', 'Type / 类型', 'Step / 步骤', 'Message / 信息'],
      incidents.map(i => [time(i.createTime), time(i.endTime), words.code('incidentType', i.incidentType), model.name(i.activityId), i.incidentMessage]),
      { 'data-test': 'incidents' }),
    h('h3', {}, 'Related cases / 关联案例'),
    table(['Case / 案例', 'Process / 流程', 'Relation / 关系', 'State / 状态'],
      related.map(r => [caseLink(r.id, r.instance.businessKey || r.id), labelOf(r.instance.processDefinitionKey), r.why,
        words.code('processState', r.instance.state)]),
      { 'data-test': 'related' })));
  try {
    await renderDiagram(diagram, xml, pathCounts(steps));
  } catch (error) {
    diagram.replaceChildren(h('div', { class: 'alert alert-warning' }, error.message));
  }
}
