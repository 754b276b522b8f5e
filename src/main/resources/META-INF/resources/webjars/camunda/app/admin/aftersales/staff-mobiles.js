// Admin plugin "Mobile numbers / 手机号" (ADR 0035): the staff's mobile numbers, where urgent alerts
// are texted. Only administrators set them (a number staff set themselves would send their group's
// urgent alerts to any phone), here or with PUT /api/staff/{userId}/mobile; the server checks the
// number and the caller, this page only shows what it answers. It writes with the Admin login and
// its CSRF token (ApiAuthenticationFilter).
const PATH = '/aftersales/mobiles';
const API = '/api/staff';

// the application's staff words: times in the centre's time zone, as Tasklist and Case history show them
const staffWords = () => import('/words/staff-words.js').then(module => module.loadStaffWords());

const escape = text => String(text ?? '').replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`);

// the webapps' CSRF token of this session: our API takes a write from a webapp login only with it
const csrfToken = () => decodeURIComponent((document.cookie.match(/(?:^|; )XSRF-TOKEN=([^;]*)/) || [])[1] || '');

async function call(method, url, body) {
  const headers = { Accept: 'application/json' };
  if (method !== 'GET') headers['X-XSRF-TOKEN'] = csrfToken();
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(url, {
    method, credentials: 'same-origin', headers, body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const problem = json && json.fieldErrors && json.fieldErrors[0];
    throw new Error(problem ? `${problem.field} ${problem.message}` : (json && json.message) || `${response.status}`);
  }
  return json;
}

function row(user, entry, setByText) {
  const name = [user.firstName, user.lastName].filter(Boolean).join(' ');
  const setBy = escape(setByText(entry));
  return `<tr data-user="${escape(user.id)}">
    <td>${escape(user.id)}</td><td>${escape(name)}</td>
    <td><input type="tel" class="form-control input-sm" value="${escape(entry ? entry.mobile : '')}"
      placeholder="138 0013 8000" aria-label="Mobile / 手机号 ${escape(user.id)}"></td>
    <td class="set-by">${setBy}</td>
    <td><button type="button" class="btn btn-default btn-sm save">Save / 保存</button>
      <button type="button" class="btn btn-link btn-sm forget">Remove / 删除</button></td>
    <td class="status" role="status"></td></tr>`;
}

async function renderPage(node, api) {
  let setByText;
  node.innerHTML = '<section class="aftersales-mobiles container-fluid"><h2>Mobile numbers for urgent alerts / 紧急通知手机号</h2>'
    + '<p>Urgent alerts (a red score, a delivery red alert) are texted to these numbers when the SMS gateway is on. '
    + 'Only administrators set them. / 紧急通知(红色预警)在短信网关开启时发送到这些号码,仅管理员可设置。</p>'
    + '<p class="loading">Loading… / 加载中…</p></section>';
  const section = node.querySelector('section');
  try {
    const [users, entries, words] = await Promise.all([
      call('GET', `${api.engineApi}/user?sortBy=userId&sortOrder=asc&maxResults=2000`),
      call('GET', `${API}/mobiles`), staffWords()]);
    setByText = entry => (entry ? `${entry.setBy} · ${words.time(entry.setAt)}` : '–');
    const byUser = new Map(entries.map(e => [e.userId, e]));
    section.querySelector('.loading').outerHTML = '<table class="table table-condensed" data-test="mobiles"><thead><tr>'
      + '<th>User / 用户</th><th>Name / 姓名</th><th>Mobile / 手机号</th><th>Set by / 设置人</th><th></th><th></th>'
      + `</tr></thead><tbody>${users.map(u => row(u, byUser.get(u.id), setByText)).join('')}</tbody></table>`;
  } catch (error) {
    section.querySelector('.loading').textContent = `Could not load / 无法加载: ${error.message}`;
    return;
  }
  section.addEventListener('click', async event => {
    const button = event.target.closest('button');
    const tr = button && button.closest('tr[data-user]');
    if (!tr) return;
    const url = `${API}/${encodeURIComponent(tr.dataset.user)}/mobile`;
    const input = tr.querySelector('input');
    const status = tr.querySelector('.status');
    try {
      if (button.classList.contains('save')) {
        input.value = (await call('PUT', url, { mobile: input.value })).mobile;
        const entry = (await call('GET', `${API}/mobiles`)).find(e => e.userId === tr.dataset.user);
        tr.querySelector('.set-by').textContent = setByText(entry);
        status.textContent = 'Saved / 已保存';
      } else {
        await call('DELETE', url);
        input.value = '';
        tr.querySelector('.set-by').textContent = setByText(null);
        status.textContent = 'Removed / 已删除';
      }
    } catch (error) {
      status.textContent = error.message;
    }
  });
}

export default [
  {
    id: 'aftersales.mobiles.dashboard',
    pluginPoint: 'admin.dashboard.section',
    priority: 0,
    properties: { label: 'Mobile numbers / 手机号', pagePath: `#${PATH}` },
    render: node => {
      node.innerHTML = `<p><a href="#${PATH}" data-test="mobiles-nav">Staff mobile numbers for urgent SMS alerts / `
        + '员工紧急短信手机号</a></p>';
    },
  },
  {
    id: 'aftersales.mobiles.page',
    pluginPoint: 'admin.route',
    properties: { path: PATH },
    render: (node, { api }) => { renderPage(node, api); },
  },
];
