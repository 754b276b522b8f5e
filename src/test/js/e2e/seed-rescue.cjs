// Rescues seeded as the survey system and the centre's staff would: started by a low score, then
// worked to the point a test needs (running, at the design, finished, or late without its timer).
const { iso, inAnHour, waitFor, task, complete, executeTimer } = require('./seed-steps.cjs');

function survey(surveyId, score, answeredAt) {
  return {
    surveyId, answeredAt: iso(answeredAt), score, comment: 'Waited 4 hours, nobody told me anything',
    serviceOrderId: `RO-${surveyId}`,
    customer: { id: `C-${surveyId}`, name: '王先生', phone: '+86 138 0000 0000', highValue: false },
    vehicle: { model: 'Model Y', plate: '京A12345' }, publicOpinionRisk: false,
  };
}

/** The survey system sends an answer with this score; the intake starts a rescue (201). */
async function startRescue(app, surveyId, score, answeredAt) {
  const started = await app.api('integration', 'POST', '/api/nps-responses', survey(surveyId, score, answeredAt));
  if (started.status !== 201) throw new Error(`intake refused ${surveyId}: ${started.text}`);
  return started.json;
}

/** The advisor's first contact (LEAP) and investigation of a rescue whose first contact is theirs. */
async function contactAndInvestigate(app, surveyId) {
  await complete(app, 'advisor', surveyId, 'Task_FirstContact', {
    leapListened: true, leapEmpathized: true, leapAcknowledged: true, leapPromised: true,
    painPoints: 'missed picking up my child', promise: 'a full solution by 20:00 tonight',
    promisedCallbackAt: inAnHour(),
  });
  await complete(app, 'advisor', surveyId, 'Task_Investigate', {
    facts: 'system records: 2 h over the promised time', responsibility: 'OURS',
    rootCauseCategory: 'WAIT_TIME', shortTermRemedy: 'apology and progress messages',
  });
}

/** A running grade S rescue whose first contact waits for the service manager. */
async function runningRescue(app, surveyId) {
  return startRescue(app, surveyId, 2, new Date());
}

/**
 * A grade A rescue answered four days ago (or at `answeredAt`), worked to the end: its response
 * SLA was missed and escalated, the customer re-rated 9, the 72 h review was done.
 */
async function finishedRescue(app, surveyId, { customerResponse = 'ACCEPTED', reRating = 9,
  answeredAt = new Date(Date.now() - 4 * 24 * 3600 * 1000) } = {}) {
  const started = await startRescue(app, surveyId, 5, answeredAt);
  await contactAndInvestigate(app, surveyId);
  await complete(app, 'advisor', surveyId, 'Task_DesignSolution', {
    problemFixItems: 'free wash', problemFixValue: 100, lossCompensationItems: 'fee waived',
    lossCompensationValue: 300, emotionalRepairItems: 'manager call', emotionalRepairValue: 0,
  });
  await complete(app, 'advisor', surveyId, 'Task_ExecuteAndFollowUp', {
    calledBackAtPromisedTime: true, homeVisitDone: false, fixStarted: true,
    progressUpdates: 'photos sent', customerResponse,
  });
  // a customer who refused the solution or left is not asked to re-rate: the outcome is recorded at once
  if (customerResponse === 'ACCEPTED' && reRating === null) {
    // no re-rating within 7 days: the administrator runs the waiting timer now instead of waiting a week
    await executeTimer(app, started.processInstanceId, 'Timer_ReRatingWait');
  } else if (customerResponse === 'ACCEPTED') {
    const reRated = await app.api('integration', 'POST', `/api/nps-responses/${surveyId}/re-rating`,
      { score: reRating, answeredAt: iso(new Date()) });
    if (reRated.status !== 200) throw new Error(`re-rating refused: ${reRated.text}`);
  }
  await complete(app, 'manager', surveyId, 'Task_ReviewAndImprove', {
    whatHappened: 'long wait without updates', doneRight: 'called back on time', doneWrong: 'no progress updates',
    systemImprovement: 'automatic progress SMS', nominatedForJointReview: true,
  });
  await complete(app, 'regional', surveyId, 'Task_HandleMissedResponse', { escalationAction: 'reviewed with the manager' });
  await waitFor(`${surveyId} to finish`, async () => {
    const history = await app.api('auditor', 'GET', `/engine-rest/history/process-instance?processInstanceBusinessKey=${surveyId}`);
    return history.json && history.json[0] && history.json[0].state === 'COMPLETED' && history.json[0];
  });
  return started;
}

/**
 * Issue 15: a grade S rescue answered 14 h ago whose first contact the service manager completes
 * now, 12 h after its 2 h deadline, while the response SLA timer cannot run (its job definition is
 * suspended, as good as a job executor that is off): the timer never fires, nobody is escalated.
 */
async function lateRescueWithoutTimer(app, surveyId) {
  const definitions = await app.api('admin', 'GET', '/engine-rest/job-definition?activityIdIn=Timer_ResponseSla');
  const suspend = suspended => Promise.all(definitions.json.map(d => app.api('admin', 'PUT',
    `/engine-rest/job-definition/${d.id}/suspended`, { suspended, includeJobs: false })));
  await suspend(true);
  try {
    const started = await startRescue(app, surveyId, 2, new Date(Date.now() - 14 * 3600 * 1000));
    await complete(app, 'manager', surveyId, 'Task_FirstContact', {
      leapListened: true, leapEmpathized: true, leapAcknowledged: true, leapPromised: true,
      painPoints: 'nobody called for half a day', promise: 'a loaner car today',
      promisedCallbackAt: inAnHour(),
    });
    return started;
  } finally {
    await suspend(false);
  }
}

/**
 * A grade B rescue (score 6: the advisor responds, compensation authority 500) whose first contact
 * and investigation are done: *Design the solution* waits for the advisor.
 */
async function rescueAtDesign(app, surveyId) {
  const started = await startRescue(app, surveyId, 6, new Date());
  await contactAndInvestigate(app, surveyId);
  return { ...started, design: await task(app, surveyId, 'Task_DesignSolution') };
}

module.exports = { runningRescue, finishedRescue, lateRescueWithoutTimer, rescueAtDesign };
