// The header's rules, without the DOM: which notifications are new since the user last looked and
// which open task a notification opens. (Times and channels in words: /words/staff-words.js.)

/**
 * The server's instants (…T12:00:00Z, …T12:00:00.5Z, …T12:00:00.123456Z) made comparable as text:
 * a Date keeps milliseconds only, and two alerts may fall within one millisecond.
 */
function sortable(instant) {
  const match = /^(.*T\d\d:\d\d:\d\d)(?:\.(\d{1,9}))?Z$/.exec(instant || '');
  if (match) return `${match[1]}.${(match[2] || '').padEnd(9, '0')}`;
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().replace('Z', '000000');
}

/** Notifications (newest first) that came after `lastSeen` (an instant the server gave, or null). */
export function newSince(notifications, lastSeen) {
  if (!lastSeen) return notifications;
  const seen = sortable(lastSeen);
  return notifications.filter(n => sortable(n.createdAt) > seen);
}

/** "3", or "50+" when every notification fetched is new (there may be more). */
export function countText(fresh, fetched, limit) {
  return fresh.length >= limit && fetched.length >= limit ? `${limit}+` : String(fresh.length);
}

/** The task to open: the user's own first, then an unclaimed group task, then any the user may see. */
export function taskToOpen(tasks, userId) {
  const rank = task => (task.assignee === userId ? 0 : task.assignee ? 2 : 1);
  return [...tasks].sort((a, b) => rank(a) - rank(b))[0] || null;
}

/** "Last seen" lives in this browser, one entry per user (a shared PC keeps users apart). */
export function lastSeenStore(storage, userId) {
  const key = `aftersales.alerts.lastSeen.${userId}`;
  return {
    get: () => { try { return storage.getItem(key); } catch { return null; } },
    set: instant => { try { storage.setItem(key, instant); } catch { /* storage off: count again next time */ } },
  };
}
