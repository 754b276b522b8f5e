// Tasklist plugin "Alerts / 通知": in the header, the count of the user's new notifications
// (addressed to them or their groups since they last opened the panel) and the latest ones, each
// opening the open task of its case. It refreshes on its own, so a new grade S rescue shows up
// without reloading. Reads only: our inbox API and the engine's task query, with the Tasklist login.
import { countText, lastSeenStore, newSince, taskToOpen } from './alerts/inbox.js';
import { renderAlerts } from './alerts/panel.js';

const INBOX = '/api/notifications/inbox';
const FETCHED = 50; // a count above this shows as "50+"
const SHOWN = 10;
const REFRESH_MS = 30_000;
const STYLE = new URL('./alerts/alerts.css', import.meta.url).href;
/** Times in the centre's zone and channels in words, from the same catalog as Cockpit and the report. */
const PLAIN_WORDS = { time: instant => instant, code: (kind, value) => value };
const loadWords = () => import('/words/staff-words.js').then(m => m.loadStaffWords()).catch(() => PLAIN_WORDS);

let stopCurrent = () => {};

function addStyle() {
  if (!document.querySelector(`link[href="${STYLE}"]`)) {
    document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: STYLE }));
  }
}

async function getJson(url) {
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) throw Object.assign(new Error(`${response.status} ${url}`), { status: response.status });
  return response.json();
}

function mount(node, api) {
  let inbox = { userId: null, timeZone: null, notifications: [] };
  let words = PLAIN_WORDS;
  let freshIds = new Set();
  let failed = false;
  const store = () => lastSeenStore(window.localStorage, inbox.userId);

  /** Opening the panel is "looking": everything listed counts as seen from now on. */
  function markSeen() {
    if (inbox.notifications.length) store().set(inbox.notifications[0].createdAt);
  }

  function show() {
    const fresh = view.isOpen() ? [] : newSince(inbox.notifications, store().get());
    if (!view.isOpen()) freshIds = new Set(fresh.map(n => n.id));
    view.show({ notifications: inbox.notifications.slice(0, SHOWN), freshIds, words, failed,
      countText: countText(fresh, inbox.notifications, FETCHED) });
  }

  async function refresh() {
    try {
      inbox = await getJson(`${INBOX}?limit=${FETCHED}`);
      if (words === PLAIN_WORDS) words = await loadWords();
      failed = false;
      view.root.hidden = false;
    } catch (error) {
      failed = true;
      if (error.status === 401 || error.status === 403) view.root.hidden = true; // logged out, or no inbox
    }
    if (view.isOpen()) {
      // new ones that arrive while the user looks at the panel are highlighted, then seen
      for (const n of newSince(inbox.notifications, store().get())) freshIds.add(n.id);
      markSeen();
    }
    show();
  }

  async function openTask(notification, say) {
    say('');
    if (!notification.processInstanceId) return say('No open task for this case / 此案例没有待办任务');
    try {
      const tasks = await getJson(`${api.engineApi}/task?processInstanceId=${encodeURIComponent(notification.processInstanceId)}`);
      const task = taskToOpen(tasks, inbox.userId);
      // tasks of other groups are not visible: a store manager's alert about the service manager's task
      if (!task) return say('No open task of yours in this case: follow it up as the alert says / 此案例中没有您的待办任务,请按提醒内容跟进');
      view.close();
      window.location.hash = `#/?task=${encodeURIComponent(task.id)}`;
    } catch {
      say('The task could not be looked up / 无法查询任务');
    }
  }

  const view = renderAlerts(node, {
    onOpen: openTask,
    onToggle: open => {
      if (open) { markSeen(); }
      show();
      if (open) refresh(); // the freshest list while the user looks
    },
  });

  const onKey = event => { if (event.key === 'Escape') view.close(); };
  const onClick = event => { if (!view.root.contains(event.target)) view.close(); };
  const onVisible = () => { if (document.visibilityState === 'visible') refresh(); };
  document.addEventListener('keydown', onKey);
  document.addEventListener('click', onClick);
  document.addEventListener('visibilitychange', onVisible);
  const timer = window.setInterval(refresh, REFRESH_MS);
  refresh();
  return () => {
    window.clearInterval(timer);
    document.removeEventListener('keydown', onKey);
    document.removeEventListener('click', onClick);
    document.removeEventListener('visibilitychange', onVisible);
  };
}

export default [
  {
    id: 'aftersales.alerts',
    pluginPoint: 'tasklist.navbar.action',
    priority: 100,
    render: (node, { api }) => {
      addStyle();
      stopCurrent(); // one header, one timer
      stopCurrent = mount(node, api);
    },
    unmount: () => {
      stopCurrent();
      stopCurrent = () => {};
    },
  },
];
