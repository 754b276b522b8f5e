// Staff words in the browser: codes, variable names, durations and dates as staff read them
// ("English / 中文", times in the centre's time zone). The catalog is the application's one
// catalog (src/main/resources/words/staff-words.json, served by GET /api/words); this module only
// formats, exactly as common/StaffWords does in Java. Used by the Cockpit and Tasklist plugins and
// the report page; no data here, so it is served without login like the webapps' own scripts.

export const NONE = '—';
const WORDS = '/api/words';
const DURATION = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;
const REPEAT = /^R(\d*)\/(P[^/]+)$/;
const DAILY_CRON = /^0 (\d{1,2}) (\d{1,2}) \* \* \?$/;
/** Engine dates as history gives them, e.g. 2026-11-27T12:00:00.000+0000 */
const ENGINE_DATE = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)$/;

const text = word => `${word.en} / ${word.zh}`;
const pad = n => String(n).padStart(2, '0');

/** yyyy-MM-dd HH:mm in the given time zone (the browser's when it is unknown); '' without a date. */
export function centreTime(instant, timeZone) {
  if (instant === null || instant === undefined || instant === '') return '';
  const date = instant instanceof Date ? instant : new Date(instant);
  if (Number.isNaN(date.getTime())) return String(instant);
  const options = { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
  let format;
  try {
    format = new Intl.DateTimeFormat('en-CA', { ...options, timeZone });
  } catch {
    format = new Intl.DateTimeFormat('en-CA', options);
  }
  const part = Object.fromEntries(format.formatToParts(date).map(p => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}`;
}

/** PT2H -> {en: '2 h', zh: '2小时'}, P3D -> {en: '3 days', zh: '3天'}; null when it is no ISO duration. */
export function durationWord(iso) {
  const value = typeof iso === 'string' ? iso.trim() : '';
  const m = DURATION.exec(value);
  if (!m || value === 'P' || value.endsWith('T')) return null;
  const n = s => (s ? Number(s) : 0);
  const days = n(m[1]) * 7 + n(m[2]);
  const en = [];
  let zh = '';
  if (days > 0) { en.push(`${days} ${days === 1 ? 'day' : 'days'}`); zh += `${days}天`; }
  for (const [amount, e, z] of [[m[3], 'h', '小时'], [m[4], 'min', '分钟'], [m[5], 's', '秒']]) {
    if (n(amount) > 0) { en.push(`${n(amount)} ${e}`); zh += `${n(amount)}${z}`; }
  }
  return en.length ? { en: en.join(' '), zh } : { en: '0 min', zh: '0分钟' };
}

/** R/P3D -> every 3 days / 每3天; 0 0 17 * * ? -> every day at 17:00 / 每天17:00; null otherwise. */
export function cycleWord(expression) {
  const value = typeof expression === 'string' ? expression.trim() : '';
  const repeat = REPEAT.exec(value);
  if (repeat) {
    const d = durationWord(repeat[2]);
    if (!d) return null;
    const one = d.en === '1 day';
    const every = { en: `every ${one ? 'day' : d.en}`, zh: `每${one ? '天' : d.zh}` };
    return repeat[1] ? { en: `${every.en}, ${repeat[1]} times`, zh: `${every.zh},共${repeat[1]}次` } : every;
  }
  const cron = DAILY_CRON.exec(value);
  if (cron) {
    const at = `${pad(cron[2])}:${pad(cron[1])}`;
    return { en: `every day at ${at}`, zh: `每天${at}` };
  }
  return null;
}

/**
 * The words of a catalog ({timeZone, kinds, variables} as GET /api/words gives it; an empty one
 * shows codes as they are and times in the browser's zone).
 */
export function staffWords(catalog = {}) {
  const kinds = catalog.kinds || {};
  const variables = catalog.variables || {};
  const timeZone = catalog.timeZone;

  const word = (kind, value) => (kinds[kind] || {})[value];

  /** A code in words; a comma-separated list or an array code by code; an unknown code as it is. */
  function code(kind, value) {
    if (value === null || value === undefined || String(value).trim() === '') return NONE;
    if (Array.isArray(value)) return value.map(v => code(kind, v)).join(', ');
    const trimmed = String(value).trim();
    const found = word(kind, trimmed);
    if (found) return text(found);
    if (trimmed.includes(',')) return code(kind, trimmed.split(/\s*,\s*/));
    return trimmed;
  }

  const known = (kind, value) => String(value).split(/\s*,\s*/).every(v => word(kind, v));

  /** [[code, words]] of a kind, in the catalog's order, for a drop-down. */
  const options = kind => Object.entries(kinds[kind] || {}).map(([value, w]) => [value, text(w)]);

  /** A variable's name in words, or the name when the catalog lacks it. */
  const variable = name => (variables[name] ? text(variables[name]) : name);

  const time = instant => centreTime(instant, timeZone);

  const duration = iso => { const d = durationWord(iso); return d ? text(d) : iso ?? NONE; };

  const cycle = expression => { const c = cycleWord(expression); return c ? text(c) : expression ?? NONE; };

  /** A variable's value as staff read it; `type` is the engine's value type (Date, Boolean, Json…). */
  function value(name, v, type) {
    if (v === null || v === undefined || v === '') return NONE;
    if (typeof v === 'boolean' || type === 'Boolean') return code('yesNo', String(v));
    if (v instanceof Date || type === 'Date' || (typeof v === 'string' && ENGINE_DATE.test(v))) return time(v);
    const about = variables[name] || {};
    // a checklist is stored as a JSON variable holding an array (Cockpit reads it serialized)
    if (type === 'Json' && typeof v === 'string' && v.trim().startsWith('[')) {
      try { v = JSON.parse(v); } catch (notJson) { /* shown as it is */ }
    }
    if (about.kind && (Array.isArray(v) || typeof v === 'string') && (Array.isArray(v) ? v.every(x => word(about.kind, x)) : known(about.kind, v))) {
      return code(about.kind, v);
    }
    if (about.type === 'duration' && durationWord(v)) return duration(v);
    if (about.type === 'cycle' && cycleWord(v)) return cycle(v);
    if (typeof v === 'object') return JSON.stringify(v).slice(0, 300);
    return String(v);
  }

  /** A user operation of the engine's log in words: what was done, to what, and what changed. */
  function operation(entry) {
    const property = entry.property;
    // "Complete" is logged as property delete false -> true: the operation itself says it all
    const change = !property || property === 'delete' ? ''
      : `${code('operationProperty', property)}: ${changed(property, entry.orgValue)} → ${changed(property, entry.newValue)}`;
    return { what: code('operationType', entry.operationType), entity: code('entityType', entry.entityType), change };
  }

  function changed(property, v) {
    if (v === null || v === undefined || v === '' || v === 'null') return NONE;
    if (v === 'true' || v === 'false') return code('yesNo', v);
    if (/date|time/i.test(property) && /^\d{12,}$/.test(String(v))) return time(Number(v));
    return value(property, v);
  }

  return { code, options, variable, value, time, duration, cycle, operation, timeZone };
}

let loading;

/** The application's words, fetched once per page; without them codes show as they are. */
export function loadStaffWords(fetchImpl = globalThis.fetch) {
  if (!loading) {
    loading = fetchImpl(WORDS, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(response => (response.ok ? response.json() : {}))
      .catch(() => ({}))
      .then(catalog => {
        if (!catalog.kinds) loading = undefined; // not logged in yet, or offline: try again next time
        return staffWords(catalog);
      });
  }
  return loading;
}
