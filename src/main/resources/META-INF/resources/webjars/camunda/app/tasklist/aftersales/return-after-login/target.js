// Which page Tasklist may send the browser back to after the login (see ../return-after-login.js).
const TARGETS = /^\/(reports|api)\//;

/** The page named by ?returnTo=, or null when it is missing or points anywhere but our report pages and API. */
export function returnTarget(search, origin) {
  const wanted = new URLSearchParams(search).get('returnTo');
  if (!wanted || !wanted.startsWith('/') || wanted.startsWith('//') || wanted.includes('\\')) return null;
  const url = new URL(wanted, origin);
  return url.origin === origin && TARGETS.test(url.pathname) ? url.pathname + url.search : null;
}
