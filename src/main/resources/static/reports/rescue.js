// The monthly rescue report page: figures, charts (Chart.js) and the month's cases, each linked to
// its history in Cockpit. Reads /api/reports/rescue with the login of this browser session.
import { loadStaffWords } from '/words/staff-words.js';
import { showCapability } from './capability.js';
import { showJointKpis } from './joint-kpis.js';

const $ = id => document.getElementById(id);
const pct = v => (v === null || v === undefined ? '–' : `${Number(v).toFixed(1).replace(/\.0$/, '')} %`);
const num = v => (v === null || v === undefined ? '–' : String(v));
// an NPS (promoters minus detractors in % of the answers); '–' without answers
const nps = v => (v.nps === null ? '–' : Number(v.nps).toFixed(1).replace(/\.0$/, ''));
const charts = [];
let words; // codes and times as staff read them (the application's staff words), set before drawing
const coded = (kind, code) => (code ? words.code(kind, code) : '');

function cell(tag, text) {
  const element = document.createElement(tag);
  element.textContent = text;
  return element;
}

function fillTable(table, headers, rows) {
  table.replaceChildren();
  const head = table.createTHead().insertRow();
  headers.forEach(h => head.append(cell('th', h)));
  const body = table.createTBody();
  rows.forEach(row => {
    const tr = body.insertRow();
    row.forEach(value => {
      const td = tr.insertCell();
      if (value instanceof Node) td.append(value); else td.textContent = value;
    });
  });
}

/** The webapps' login, which sends the browser back to this page afterwards (Tasklist's return-after-login). */
function logIn() {
  location.assign(`/camunda/app/tasklist/default/?returnTo=${encodeURIComponent(location.pathname + location.search)}`);
}

async function read(path) {
  // X-Requested-With: the server answers a lost login with 401, never with a Basic pop-up
  const response = await fetch(path, { credentials: 'same-origin',
    headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' } });
  if (response.status === 401) {
    logIn();
    throw new Error('Please log in / 请登录');
  }
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.message || `${response.status}`);
  return body;
}

function figures(r) {
  const items = [
    ['Low scores (0–6) / 低分(0–6分)', num(r.lowScores)],
    ['Launch rate: low scores rescued / 启动率:已启动挽回的低分', r.lowScores > 0
      ? `${pct(r.launchRate)} (${r.lowScoresRescued}/${r.lowScores})` : pct(r.launchRate)],
    ['Rescues launched, incl. public-opinion risk at 7–10 / 启动挽回总数(含7–10分舆情风险)', num(r.rescuesLaunched)],
    ['First contact ≤ 24 h / 24小时响应率', pct(r.firstContactWithin24hRate)], ['Success / 挽回成功率', pct(r.successRate)],
    ['Promoter conversion / 转推荐率', pct(r.promoterRate)], ['Churn / 流失率', pct(r.churnRate)],
    ['Not recovered / 未挽回', pct(r.notRecoveredRate)], ['Still open / 处理中', num(r.stillOpen)],
    ['First contact median / 首次联系中位数', r.hoursToFirstContactMedian === null ? '–' : `${r.hoursToFirstContactMedian} h`],
    ['First contact P90 / 首次联系P90', r.hoursToFirstContactP90 === null ? '–' : `${r.hoursToFirstContactP90} h`],
    ['SLA breaches / 超时', `${r.slaBreaches} (${r.casesWithSlaBreach} cases)`], ['Escalations / 升级', num(r.escalations)],
    ['First contact late / 首次联系超时', `${r.firstContactLate} (${r.firstContactLateNotEscalated} not escalated / 未升级)`],
    ['Low scores from sales promises / 销售承诺导致的低分', `${r.salesPromiseLowScores} (${pct(r.salesPromiseRate)})`],
  ];
  $('figures').replaceChildren(...items.map(([label, value]) => {
    const box = cell('div', '');
    box.className = 'figure';
    const v = cell('div', value); v.className = 'value';
    const l = cell('div', label); l.className = 'label';
    box.append(v, l);
    return box;
  }));
}

/** A chart, or "No data / 无数据" in its place when the month has nothing to draw. */
function chart(id, config) {
  // a count of 0 draws nothing; a rate (0-100 % scale) of 0 % is a result, a rate of null has no cases
  const rates = config.options?.scales?.y?.max === 100;
  const hasData = config.data.datasets.some(set => set.data.some(value =>
    value !== null && value !== undefined && (rates || Number(value) > 0)));
  $(id).hidden = !hasData;
  $(id).parentElement.querySelector('.no-data').hidden = hasData;
  if (hasData) {
    charts.push(new window.Chart($(id), { ...config, options: { animation: false, responsive: true, ...config.options } }));
  }
}

function drawCharts(r) {
  charts.splice(0).forEach(c => c.destroy());
  chart('chart-reasons', { type: 'doughnut', data: { labels: r.reasons.map(x => `${coded('rootCause', x.category)} ${pct(x.rate)}`),
    datasets: [{ data: r.reasons.map(x => x.cases) }] } });
  chart('chart-outcomes', { type: 'bar', data: { labels: Object.keys(r.outcomes).map(k => coded('outcome', k)),
    datasets: [{ label: 'cases / 案例数', data: Object.values(r.outcomes) }] },
    options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } } });
  chart('chart-response', { type: 'bar', data: { labels: r.successByResponseTime.map(s => `${s.group} (${s.cases})`),
    datasets: [{ label: 'success rate % (cases) / 成功率', data: r.successByResponseTime.map(s => s.successRate) }] },
    options: { scales: { y: { beginAtZero: true, max: 100 } } } });
}

function tables(r, cases) {
  fillTable($('splits'), ['Group / 分组', 'Cases / 案例', 'Successes / 成功', 'Success rate / 成功率'],
    [...r.successByCompensation, ...r.successByEmotionalRepair].map(s => [s.group, s.cases, s.successes, pct(s.successRate)]));
  const p = r.parts;
  fillTable($('parts'), ['Orders / 工单', 'By level / 按等级', 'Escalated / 升级', 'Median wait / 等待中位数',
    'Promised date kept / 守约'], [[p.orders, Object.entries(p.byRiskLevel).map(([k, v]) => `${coded('riskLevel', k)}: ${v}`).join(', ') || '–',
    p.escalated, p.medianWaitDays === null ? '–' : `${p.medianWaitDays} d`, `${p.promisedDateKept} (${pct(p.promisedDateKeptRate)})`]]);
  const a = r.redAlerts;
  // NPS per tier (SPEC 5); '–' when the tier has no answers
  fillTable($('red-alerts'), ['Raised / 发起', 'Decided in time / 按时决策', 'Decided late / 超时决策',
    'Customers per choice / 各选择客户数', 'Direct cost / 直接成本', 'NPS per tier (answers) / 各方案NPS(答卷数)'],
  [[a.raised, a.decidedInWindow, a.decidedLate,
    Object.entries(a.customersByChoice).map(([k, v]) => `${coded(k === 'DELIVER' ? 'deliveryTier' : 'customerChoice', k)}: ${v}`).join(', '),
    `${a.cost} CNY / 元`,
    Object.entries(a.npsByTier).map(([k, v]) => `${coded('deliveryTier', k)}: ${nps(v)} (${v.answers})`).join(', ')]]);
  fillTable($('cases'), ['Survey / 问卷', 'Answered / 评分时间', 'Grade / 等级', 'Customer / 客户', 'First contact h / 首次联系',
    'Reason / 原因', 'Outcome / 结果', 'SLA'], cases.map(c => {
    const link = cell('a', c.surveyId);
    link.href = `/camunda/app/cockpit/default/#/aftersales/history/${encodeURIComponent(c.processInstanceId)}`;
    const hours = c.firstContactAt ? ((new Date(c.firstContactAt) - new Date(c.answeredAt)) / 3600000).toFixed(1) : '–';
    return [link, words.time(c.answeredAt), coded('grade', c.grade), c.customer || '', hours, coded('rootCause', c.rootCause),
      coded('outcome', c.outcome) || (c.ended ? '' : 'open / 处理中'), c.slaBreached ? 'breached / 超时' : ''];
  }));
}

async function show(month) {
  $('csv').href = `/api/reports/rescue/cases.csv?month=${month}`;
  history.replaceState(null, '', `?month=${month}`);
  try {
    const [report, cases] = await Promise.all([read(`/api/reports/rescue?month=${month}`),
      read(`/api/reports/rescue/cases?month=${month}`)]);
    words = await loadStaffWords();
    $('message').hidden = true;
    $('report').hidden = false;
    $('no-data').hidden = report.lowScores > 0 || report.rescuesLaunched > 0 || cases.length > 0;
    figures(report);
    drawCharts(report);
    tables(report, cases);
    showJointKpis(report.jointKpis, { fillTable, coded, words, pct, nps });
    // the meeting's capability report: shown when the login may read it, the rescue report stands alone
    read(`/api/reports/capability?month=${month}`).then(c => showCapability(c, { fillTable, coded, words, pct }))
      .catch(() => { $('capability-section').hidden = true; });
  } catch (error) {
    $('report').hidden = true;
    $('no-data').hidden = true;
    $('message').hidden = false;
    $('message').textContent = error.message;
  }
}

const initial = new URLSearchParams(location.search).get('month') || new Date().toISOString().slice(0, 7);
$('month').value = initial;
$('month-form').addEventListener('submit', event => { event.preventDefault(); show($('month').value); });
show(initial);
