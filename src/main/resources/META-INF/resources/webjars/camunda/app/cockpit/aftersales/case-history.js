// Cockpit plugin "Case history / 案例历史": the history search and the case history view that
// Cockpit Community Edition lacks, for finished and running cases alike. Read-only: it only reads
// the engine's history through the REST API with the logged-in user's rights.
import { engine } from './history/engine.js';
import { renderSearch } from './history/search.js';
import { renderCase } from './history/case-view.js';

const STYLE = new URL('./history/history.css', import.meta.url).href;
// the application's staff words (codes, variable names, the centre's time zone), shared with Tasklist and the report
const staffWords = () => import('/words/staff-words.js').then(module => module.loadStaffWords());

function withStyle(render) {
  return (node, context) => {
    if (!document.querySelector(`link[href="${STYLE}"]`)) {
      document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: STYLE }));
    }
    return render(node, context);
  };
}

const caseIdInHash = () => decodeURIComponent((window.location.hash.match(/#\/aftersales\/history\/([^/?]+)/) || [])[1] || '');

export default [
  {
    id: 'aftersales.history.navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 5,
    render: node => {
      node.innerHTML = '<a href="#/aftersales/history" data-test="history-nav">Case history / 案例历史</a>';
    },
  },
  {
    // the monthly rescue report (SPEC 1.5) is a page of the application, behind the same login
    id: 'aftersales.report.navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 4,
    render: node => {
      node.innerHTML = '<a href="/reports/rescue.html" data-test="report-nav">Rescue report / 挽回月报</a>';
    },
  },
  {
    id: 'aftersales.history.search',
    pluginPoint: 'cockpit.route',
    properties: { path: '/aftersales/history' },
    render: withStyle(async (node, { api }) => renderSearch(node, engine(api), await staffWords())),
  },
  {
    id: 'aftersales.history.case',
    pluginPoint: 'cockpit.route',
    properties: { path: '/aftersales/history/:id' },
    render: withStyle(async (node, { api }) => renderCase(node, engine(api), caseIdInHash(), await staffWords())),
  },
  {
    // Cockpit's own instance page links to the full history of the same case
    id: 'aftersales.history.instanceTab',
    pluginPoint: 'cockpit.processInstance.runtime.tab',
    priority: 1,
    properties: { label: 'Case history / 案例历史' },
    render: (node, { processInstanceId }) => {
      node.innerHTML = '';
      const link = document.createElement('a');
      link.href = `#/aftersales/history/${encodeURIComponent(processInstanceId)}`;
      link.textContent = 'Open the full case history / 打开完整案例历史';
      node.append(link);
    },
  },
];
