// Tasklist shows everybody the controls of a task's header (follow-up and due date, groups,
// assignee), "Create task", "Add comment" and "Start process". The engine refuses them to staff
// (403, or nothing to start): staff claim a task for themselves, release their own claim and
// complete it (docs/operators.md). This asks the engine what the logged-in user may do and shows
// those controls only to whom they work; until it knows, they stay hidden
// (styles/user-styles.css). The server's refusal stays the rule.
const LOGGED_IN_USER = '/camunda/api/admin/auth/user/default';
const ENGINE = '/camunda/api/engine/engine/default';
const TASK_RIGHT = `${ENGINE}/authorization/check?resourceName=Task&resourceType=7&permissionName=`;
const STARTABLE = `${ENGINE}/process-definition/count?latest=true&active=true&startableInTasklist=true`
  + '&startablePermissionCheck=true'; // what Tasklist's "Start process" lists
const RIGHTS = {
  'aftersales-may-update-tasks': async () => (await json(`${TASK_RIGHT}UPDATE`)).authorized === true,
  'aftersales-may-create-tasks': async () => (await json(`${TASK_RIGHT}CREATE`)).authorized === true,
  'aftersales-may-start-processes': async () => (await json(STARTABLE)).count > 0,
};

let checkedFor; // the user whose rights the page shows

async function json(url) {
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`${response.status} ${url}`);
  return response.json();
}

async function showWhatTheUserMay() {
  const user = await json(LOGGED_IN_USER).catch(() => null);
  const userId = user ? user.userId : null;
  if (userId === checkedFor) return;
  checkedFor = userId;
  for (const [flag, allowed] of Object.entries(RIGHTS)) {
    const may = userId ? await allowed().catch(() => false) : false;
    document.documentElement.classList.toggle(flag, checkedFor === userId && may);
  }
}

// Tasklist logs in and out without loading the page again: look again whenever its route changes
window.addEventListener('hashchange', showWhatTheUserMay);
showWhatTheUserMay();

export default [];
