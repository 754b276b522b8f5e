// Tasklist shows everybody the controls of a task's header (follow-up and due date, groups,
// assignee), "Create task" and "Add comment". The engine refuses them to staff (403): staff claim
// a task for themselves, release their own claim and complete it (docs/operators.md). This asks the
// engine what the logged-in user may do and shows those controls only to whom they work; until it
// knows, they stay hidden (styles/user-styles.css). The server's refusal stays the rule.
const LOGGED_IN_USER = '/camunda/api/admin/auth/user/default';
const CHECK = '/camunda/api/engine/engine/default/authorization/check?resourceName=Task&resourceType=7&permissionName=';
const RIGHTS = { UPDATE: 'aftersales-may-update-tasks', CREATE: 'aftersales-may-create-tasks' };

let checkedFor; // the user whose rights the page shows

async function json(url) {
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  return response.ok ? response.json() : null;
}

async function showWhatTheUserMay() {
  const user = await json(LOGGED_IN_USER).catch(() => null);
  const userId = user ? user.userId : null;
  if (userId === checkedFor) return;
  checkedFor = userId;
  for (const [permission, flag] of Object.entries(RIGHTS)) {
    const answer = userId ? await json(CHECK + permission).catch(() => null) : null;
    document.documentElement.classList.toggle(flag, checkedFor === userId && Boolean(answer && answer.authorized));
  }
}

// Tasklist logs in and out without loading the page again: look again whenever its route changes
window.addEventListener('hashchange', showWhatTheUserMay);
showWhatTheUserMay();

export default [];
