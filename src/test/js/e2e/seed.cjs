// Cases put into the application over its REST APIs, as the survey system and staff would.
const { variables } = require('./app.cjs');

const iso = date => date.toISOString().replace(/\.\d+Z$/, 'Z');

/** An hour from now to the minute, as the form's date-time field sends it. */
const inAnHour = () => iso(new Date(Date.now() + 3600 * 1000)).replace(/:\d\dZ$/, 'Z');

function survey(surveyId, score, answeredAt) {
  return {
    surveyId, answeredAt: iso(answeredAt), score, comment: 'Waited 4 hours, nobody told me anything',
    serviceOrderId: `RO-${surveyId}`,
    customer: { id: `C-${surveyId}`, name: '王先生', phone: '+86 138 0000 0000', highValue: false },
    vehicle: { model: 'Model Y', plate: '京A12345' }, publicOpinionRisk: false,
  };
}

/**
 * The month before this one in the centre's time zone ('YYYY-MM') and noon on its 15th: a month
 * that has ended, which a joint case review may look back on.
 */
function previousMonth(now = new Date()) {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' })
    .format(now).split('-').map(Number);
  const previous = new Date(Date.UTC(year, month - 2, 15, 4, 0, 0)); // 12:00 in Shanghai
  return { month: previous.toISOString().slice(0, 7), middle: previous };
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
  // as a person would: the case's due background steps (e.g. the notification beside this task) ran first;
  // a completion racing the job that ends the parallel branch would get 409 and have to be sent again (ADR 21)
  await waitFor(`background steps of ${businessKey} done`, async () => {
    const due = await app.api('admin', 'GET', `/engine-rest/job?processInstanceId=${open.processInstanceId}&executable=true&active=true`);
    return due.status === 200 && due.json.length === 0;
  });
  const done = await app.api(user, 'POST', `/engine-rest/task/${open.id}/complete`, { variables: variables(values) });
  if (done.status !== 204) throw new Error(`${user} could not complete ${taskKey}: ${done.status} ${done.text}`);
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
  if (reRating === null) {
    // no re-rating within 7 days: the administrator runs the waiting timer now instead of waiting a week
    await executeTimer(app, started.processInstanceId, 'Timer_ReRatingWait');
  } else {
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

async function executeTimer(app, processInstanceId, activityId) {
  const job = await waitFor(`${activityId} job`, async () => {
    const jobs = await app.api('admin', 'GET', `/engine-rest/job?processInstanceId=${processInstanceId}&activityId=${activityId}`);
    return jobs.json && jobs.json[0];
  });
  const done = await app.api('admin', 'POST', `/engine-rest/job/${job.id}/execute`);
  if (done.status !== 204) throw new Error(`could not run ${activityId}: ${done.status} ${done.text}`);
}

/**
 * The dealer system reports an ordinary customer's repair order waiting for a part the supplier
 * expects in ten days; the intake starts the parts order (201).
 */
async function reportShortage(app, repairOrderId, reportedAt, customer, vehicle, part, vehicleCondition) {
  const reported = await app.api('integration', 'POST', '/api/part-shortages', {
    repairOrderId, reportedAt: iso(reportedAt),
    customer: { id: `C-${repairOrderId}`, ...customer, highValue: false, vip: false },
    vehicle, part, vehicleCondition, supplierEta: iso(new Date(Date.now() + 10 * 24 * 3600 * 1000)).slice(0, 10),
  });
  if (reported.status !== 201) throw new Error(`shortage report refused: ${reported.status} ${reported.text}`);
  return reported.json;
}

/**
 * A minor-condition parts order (reported an hour ago, or at `reportedAt`) whose customer chased
 * with a complaint and a demand for a date: escalated.
 */
async function escalatedPartsOrder(app, repairOrderId, { reportedAt = new Date(Date.now() - 3600 * 1000) } = {}) {
  const reported = await reportShortage(app, repairOrderId, reportedAt, { name: '李女士', phone: '+86 139 0000 0000' },
    { model: 'Model 3', plate: '沪B54321' }, { number: 'P-4711', name: 'front camera' }, 'MINOR');
  const promised = iso(new Date(Date.now() + 12 * 24 * 3600 * 1000)).slice(0, 10);
  await complete(app, 'advisor', repairOrderId, 'Task_SetExpectation', {
    promisedDate: promised, worstCaseDate: promised, customerOption: 'A_LEAVE_CAR', waitingBenefit: 'LOANER',
    commitmentsExplained: true,
  });
  const contact = await app.api('integration', 'POST', `/api/part-shortages/${repairOrderId}/customer-contacts`,
    { at: iso(new Date()), channel: 'PHONE', text: '我要投诉,给我个准信 / I will complain, give me a date', chasing: true });
  if (contact.status !== 201) throw new Error(`contact refused: ${contact.status} ${contact.text}`);
  return waitFor(`${repairOrderId} to escalate`, async () => {
    const found = await app.api('admin', 'GET', `/engine-rest/history/variable-instance?variableName=escalated&processInstanceId=${reported.processInstanceId}`);
    return found.json && found.json[0] && found.json[0].value === true && reported;
  });
}

/** A parts order of a car that cannot drive, taken over by the manager: *Set the customer's expectation* waits. */
async function partsOrderAtExpectation(app, repairOrderId) {
  const reported = await reportShortage(app, repairOrderId, new Date(Date.now() - 3600 * 1000),
    { name: '赵先生', phone: '+86 137 0000 0000' }, { model: 'Model Y', plate: '粤B11111' },
    { number: 'P-0815', name: 'drive unit' }, 'CANNOT_DRIVE');
  await complete(app, 'manager', repairOrderId, 'Task_ManagerTakeOver', { apologyCallDone: true, mobilityArranged: 'LOANER' });
  return { ...reported, expectation: await task(app, repairOrderId, 'Task_SetExpectation') };
}

/**
 * The joint case review of last month (a review looks back on a month that has ended; the three
 * cases must belong to it) with two actions: the first done and verified, the second already past
 * its deadline (escalated to the store manager).
 */
async function reviewWithActions(app, negativeId, positiveId, complexId) {
  const { month } = previousMonth();
  const started = await app.api('storemanager', 'POST', '/engine-rest/process-definition/key/jointCaseReview/start',
    { variables: { reviewMonth: { value: month } } });
  if (started.status !== 200) throw new Error(`review not started: ${started.status} ${started.text}`);
  const reviewId = `REVIEW-${month}`;
  await complete(app, 'storemanager', reviewId, 'Task_Checkpoint', { checkpointNote: 'first review in the system' });
  await complete(app, 'storemanager', reviewId, 'Task_SelectCases',
    { negativeCase: negativeId, positiveCase: positiveId, complexCase: complexId });
  for (const user of ['sales', 'delivery', 'manager', 'parts']) {
    await complete(app, user, reviewId, 'Task_Reconstruct', {
      factsNegative: `${user}: no update for 3 days`, factsPositive: `${user}: called back on time`,
      factsComplex: `${user}: ETA not shared`,
    });
  }
  await complete(app, 'storemanager', reviewId, 'Task_FindBlindSpots', {
    cognitiveBlindSpots: 'sales did not know the ETA', processGaps: 'no handover of promised dates', systemGaps: 'no shared timeline',
  });
  const day = offset => iso(new Date(Date.now() + offset * 24 * 3600 * 1000)).slice(0, 10);
  await complete(app, 'storemanager', reviewId, 'Task_DesignSolutions', {
    action1Text: '72-hour pre-delivery three-party confirmation', action1Owner: 'advisor', action1Deadline: day(20),
    action1Criterion: 'every delivery confirmed 72 h ahead',
    addAction2: true, action2Text: 'one shared delivery timeline', action2Owner: 'sales', action2Deadline: day(-1),
    action2Criterion: 'timeline used for all orders',
  });
  await complete(app, 'storemanager', reviewId, 'Task_CommitAndTrack', { commitments: 'all agreed', publicCommitment: true });
  await complete(app, 'advisor', `${reviewId}/1`, 'Task_CarryOutAction', { whatWasDone: 'introduced this week' });
  await complete(app, 'storemanager', `${reviewId}/1`, 'Task_VerifyAction', { verificationPassed: true, verificationNote: 'checked 10 deliveries' });
  await task(app, `${reviewId}/2`, 'Task_HandleOverdueAction');
  return { reviewId, processInstanceId: started.json.id };
}

module.exports = { runningRescue, finishedRescue, lateRescueWithoutTimer, rescueAtDesign, partsOrderAtExpectation,
  escalatedPartsOrder, reviewWithActions, executeTimer, waitFor, task, complete, previousMonth };
