// Back to the page that sent the browser to the login: our pages send a browser without a login
// to Tasklist with ?returnTo=/reports/rescue.html?month=… (security/ApiAuthenticationFilter).
// Once Tasklist has logged the user in, the browser goes there. Only this server's report pages
// and API are targets, so a link cannot use the login to send anyone elsewhere.
import { returnTarget } from './return-after-login/target.js';

const LOGGED_IN_USER = '/camunda/api/admin/auth/user/default';

async function loggedIn() {
  const response = await fetch(LOGGED_IN_USER, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  return response.ok;
}

const target = returnTarget(window.location.search, window.location.origin);
if (target) {
  // Tasklist leaves its login route (#/login) once the login succeeded
  const goBack = async () => {
    if (!window.location.hash.startsWith('#/login') && await loggedIn()) window.location.replace(target);
  };
  window.addEventListener('hashchange', goBack);
  goBack();
}

export default [];
