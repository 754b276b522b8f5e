// Cases put into the application over its REST APIs, as the survey system and staff would.
const { variables } = require('./app.cjs');

const iso = date => date.toISOString().replace(/\.\d+Z$/, 'Z');

function survey(surveyId, score, answeredAt) {
  return {
    surveyId, answeredAt: iso(answeredAt), score, comment: 'Waited 4 hours, nobody told me anything',
    serviceOrderId: `RO-${surveyId}`,
    customer: { id: `C-${surveyId}`, name: '王先生', phone: '+86 138 0000 0000', highValue: false },
    vehicle: { model: 'Model Y', plate: '京A12345' }, publicOpinionRisk: false,
  };
}

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
  const done = await app.api(user, 'POST', `/engine-rest/task/${open.id}/complete`, { variables: variables(values) });
  if (done.status !== 204) throw new Error(`${user} could not complete ${taskKey}: ${done.status} ${done.text}`);
}

/** A running grade S rescue whose first contact waits for the service manager. */
async function runningRescue(app, surveyId) {
  const started = await app.api('integration', 'POST', '/api/nps-responses', survey(surveyId, 2, new Date()));
  if (started.status !== 201) throw new Error(`intake refused ${surveyId}: ${started.text}`);
  return started.json;
}

/**
 * A grade A rescue answered four days ago, worked to the end: its response SLA was missed and
 * escalated, the customer re-rated 9, the 72 h review was done.
 */
async function finishedRescue(app, surveyId) {
  const answeredAt = new Date(Date.now() - 4 * 24 * 3600 * 1000);
  const started = await app.api('integration', 'POST', '/api/nps-responses', survey(surveyId, 5, answeredAt));
  if (started.status !== 201) throw new Error(`intake refused ${surveyId}: ${started.text}`);
  await complete(app, 'advisor', surveyId, 'Task_FirstContact', {
    leapListened: true, leapEmpathized: true, leapAcknowledged: true, leapPromised: true,
    painPoints: 'missed picking up my child', promise: 'a full solution by 20:00 tonight',
    promisedCallbackAt: iso(new Date(Date.now() + 3600 * 1000)).replace(/:\d\dZ$/, 'Z'),
  });
  await complete(app, 'advisor', surveyId, 'Task_Investigate', {
    facts: 'system records: 2 h over the promised time', responsibility: 'OURS',
    rootCauseCategory: 'WAIT_TIME', shortTermRemedy: 'apology and progress messages',
  });
  await complete(app, 'advisor', surveyId, 'Task_DesignSolution', {
    problemFixItems: 'free wash', problemFixValue: 100, lossCompensationItems: 'fee waived',
    lossCompensationValue: 300, emotionalRepairItems: 'manager call', emotionalRepairValue: 0,
  });
  await complete(app, 'advisor', surveyId, 'Task_ExecuteAndFollowUp', {
    calledBackAtPromisedTime: true, homeVisitDone: false, fixStarted: true,
    progressUpdates: 'photos sent', customerResponse: 'ACCEPTED',
  });
  const reRated = await app.api('integration', 'POST', `/api/nps-responses/${surveyId}/re-rating`,
    { score: 9, answeredAt: iso(new Date()) });
  if (reRated.status !== 200) throw new Error(`re-rating refused: ${reRated.text}`);
  await complete(app, 'manager', surveyId, 'Task_ReviewAndImprove', {
    whatHappened: 'long wait without updates', doneRight: 'called back on time', doneWrong: 'no progress updates',
    systemImprovement: 'automatic progress SMS', nominatedForJointReview: true,
  });
  await complete(app, 'regional', surveyId, 'Task_HandleMissedResponse', { escalationAction: 'reviewed with the manager' });
  await waitFor(`${surveyId} to finish`, async () => {
    const history = await app.api('auditor', 'GET', `/engine-rest/history/process-instance?processInstanceBusinessKey=${surveyId}`);
    return history.json && history.json[0] && history.json[0].state === 'COMPLETED' && history.json[0];
  });
  return started.json;
}

module.exports = { runningRescue, finishedRescue, waitFor };
