// Small DOM helpers: every text goes through textContent, so no value from the engine is parsed as HTML.

/** h('div', {class: 'x', onclick: fn}, child, 'text', [more]) */
export function h(tag, attrs = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

export function table(headers, rows, attrs = {}) {
  return h('table', { class: 'table table-condensed aftersales-table', ...attrs },
    h('thead', {}, h('tr', {}, headers.map(header => h('th', {}, header)))),
    h('tbody', {}, rows.length ? rows.map(cells => h('tr', {}, cells.map(cell => h('td', {}, cell))))
      : h('tr', {}, h('td', { colspan: headers.length, class: 'aftersales-empty' }, 'None / 无'))));
}

/** 2026-11-23 14:05 in the browser's time zone, or '' */
export function time(value) {
  if (!value) return '';
  const date = new Date(value);
  const pad = n => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** 3 d 4 h, 2 h 5 min, 40 s */
export function duration(ms) {
  if (ms === null || ms === undefined) return '';
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min`;
  const hours = Math.floor(m / 60);
  if (hours < 24) return `${hours} h ${m % 60} min`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}

export function value(v) {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'object') return JSON.stringify(v).slice(0, 300);
  return String(v);
}

export const caseLink = (id, label) => h('a', { href: `#/aftersales/history/${encodeURIComponent(id)}` }, label);
