// Cockpit custom script: users who may not change process instances (auditors, process owners)
// get Cockpit without its modifying actions (cancel, suspend, retry, add/edit/delete variable).
// The engine refuses those calls anyway; this keeps the screen honest about it.
const base = document.querySelector('base');
const appRoot = base ? base.getAttribute('app-root') : '/camunda';
const engine = (window.location.pathname.match(/\/app\/cockpit\/([^/]+)\//) || [])[1] || 'default';
const STYLE_ID = 'aftersales-read-only';
const CHECK = `${appRoot}/api/engine/engine/${encodeURIComponent(engine)}/authorization/check`
  + '?permissionName=UPDATE&resourceName=ProcessInstance&resourceType=8&resourceId=*';

const READ_ONLY_CSS = `
  [ng-click^="enableEditMode"],
  [ng-click^="deleteVariable"],
  [ng-click^="changeAssignee"],
  [ng-click^="openChangeAssigneeDialog"],
  [ng-click^="openDialog("] { display: none !important; }
`;

function setReadOnly(readOnly) {
  const style = document.getElementById(STYLE_ID);
  if (readOnly && !style) {
    const element = document.createElement('style');
    element.id = STYLE_ID;
    element.textContent = READ_ONLY_CSS;
    document.head.appendChild(element);
  } else if (!readOnly && style) {
    style.remove();
  }
  document.body.classList.toggle('aftersales-read-only', readOnly);
}

async function refresh() {
  try {
    const response = await fetch(CHECK, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    // not logged in, or anything unexpected: stay read-only
    setReadOnly(!(response.ok && (await response.json()).authorized === true));
  } catch (e) {
    setReadOnly(true);
  }
}

setReadOnly(true);
refresh();
// the login page and every view live in the same page: check again when the user or view changes
window.addEventListener('hashchange', refresh);

export default [];
