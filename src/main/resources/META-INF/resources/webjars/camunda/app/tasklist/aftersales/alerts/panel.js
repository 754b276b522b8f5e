// The header's widget: a bell with the count of new alerts, and a panel of the latest ones.
// Every text goes through textContent, so nothing from a notification is parsed as HTML.
function h(tag, attrs = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child !== undefined && child !== null && child !== false) element.append(child);
  }
  return element;
}

/** Builds the widget in `node`; `onToggle(open)` and `onOpen(notification, say)` are the caller's. */
export function renderAlerts(node, { onToggle, onOpen }) {
  const count = h('span', { class: 'badge aftersales-alerts-count', 'data-test': 'alerts-count', hidden: true });
  const toggle = h('button', {
    type: 'button', class: 'aftersales-alerts-toggle', 'data-test': 'alerts-toggle', 'aria-expanded': 'false',
    'aria-haspopup': 'true', title: 'Alerts / 通知',
  }, h('span', { class: 'glyphicon glyphicon-bell', 'aria-hidden': 'true' }), ' Alerts / 通知 ', count);
  // divs, not ul/li: the header styles every "li > button" as one of its menu entries
  const list = h('div', { class: 'aftersales-alerts-list', 'data-test': 'alerts-list', role: 'list' });
  const panel = h('div', { class: 'aftersales-alerts-panel', 'data-test': 'alerts-panel', hidden: true },
    h('div', { class: 'aftersales-alerts-heading' }, 'Latest alerts / 最新通知'), list);
  const root = h('div', { class: 'aftersales-alerts' }, toggle, panel);
  node.replaceChildren(root);

  const isOpen = () => !panel.hidden;
  function setOpen(open) {
    panel.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    onToggle(open);
  }
  toggle.addEventListener('click', () => setOpen(!isOpen()));

  function item(notification, isNew, words) {
    const note = h('div', { class: 'aftersales-alert-note', 'data-test': 'alert-note', role: 'status', hidden: true });
    const say = text => { note.textContent = text; note.hidden = !text; };
    const button = h('button', {
      type: 'button', class: `aftersales-alert${isNew ? ' is-new' : ''}`, 'data-test': 'alert',
      'data-business-key': notification.businessKey || '', title: notification.message || '',
      onclick: () => onOpen(notification, say),
    },
    h('span', { class: 'aftersales-alert-subject' }, notification.subject || '—'),
    h('span', { class: 'aftersales-alert-meta' }, [words.time(notification.createdAt),
      notification.channel && words.code('channel', notification.channel), notification.businessKey].filter(Boolean).join(' · ')));
    return h('div', { class: 'aftersales-alerts-item', role: 'listitem' }, button, note);
  }

  return {
    root,
    isOpen,
    close: () => isOpen() && setOpen(false),
    /** `countText` '' hides the badge; `fresh` are the ids shown as new; `words` the staff words (times, channels). */
    show({ notifications, freshIds, countText, words, failed }) {
      count.textContent = countText;
      count.hidden = !countText || countText === '0';
      toggle.classList.toggle('has-new', !count.hidden);
      list.replaceChildren(...(failed
        ? [h('div', { class: 'aftersales-alerts-empty', role: 'listitem' }, 'Alerts could not be loaded / 无法加载通知')]
        : notifications.length
          ? notifications.map(n => item(n, freshIds.has(n.id), words))
          : [h('div', { class: 'aftersales-alerts-empty', role: 'listitem' }, 'No alerts / 暂无通知')]));
    },
  };
}
