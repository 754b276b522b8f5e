// The steps every seeding takes over the REST APIs, as staff and the administrator would: wait for
// something to show, find a case's open task, complete it once its background steps have run, run a timer now.
const { variables } = require('./app.cjs');

const iso = date => date.toISOString().replace(/\.\d+Z$/, 'Z');

/** An hour from now to the minute, as the form's date-time field sends it. */
const inAnHour = () => iso(new Date(Date.now() + 3600 * 1000)).replace(/:\d\dZ$/, 'Z');

async function waitFor(what, probe, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise(r => setTimeout(r, 500));
  }
}

async function task(app, businessKey, taskKey) {
  return waitFor(`${taskKey} of ${businessKey}`, async () => {
    const found = await app.api('admin', 'GET',
      `/engine-rest/task?processInstanceBusinessKey=${businessKey}&taskDefinitionKey=${taskKey}`);
    return found.json && found.json[0];
  });
}

async function complete(app, user, businessKey, taskKey, values) {
  const open = await task(app, businessKey, taskKey);
  // as a person would: the case's due background steps (e.g. the notification beside this task) ran first;
  // a completion racing the job that ends the parallel branch would get 409 and have to be sent again (ADR 21)
  await waitFor(`background steps of ${businessKey} done`, async () => {
    const due = await app.api('admin', 'GET', `/engine-rest/job?processInstanceId=${open.processInstanceId}&executable=true&active=true`);
    return due.status === 200 && due.json.length === 0;
  });
  const done = await app.api(user, 'POST', `/engine-rest/task/${open.id}/complete`, { variables: variables(values) });
  if (done.status !== 204) throw new Error(`${user} could not complete ${taskKey}: ${done.status} ${done.text}`);
}

async function executeTimer(app, processInstanceId, activityId) {
  const job = await waitFor(`${activityId} job`, async () => {
    const jobs = await app.api('admin', 'GET', `/engine-rest/job?processInstanceId=${processInstanceId}&activityId=${activityId}`);
    return jobs.json && jobs.json[0];
  });
  const done = await app.api('admin', 'POST', `/engine-rest/job/${job.id}/execute`);
  if (done.status !== 204) throw new Error(`could not run ${activityId}: ${done.status} ${done.text}`);
}

module.exports = { iso, inAnHour, waitFor, task, complete, executeTimer };
