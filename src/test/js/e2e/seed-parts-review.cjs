// Parts orders seeded as the dealer system and staff would (escalated, or waiting for the
// customer's expectation), and a joint case review of last month with its improvement actions.
const { iso, waitFor, task, complete, executeTimer } = require('./seed-steps.cjs');

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
  await complete(app, 'sales', reviewId, 'Task_SalesFeedback',
    { salesFeedback: 'customers ask for delivery dates we cannot confirm', afterSalesSupportRating: '4' });
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
    addAction2: true, action2Text: 'one shared delivery timeline', action2Owner: 'sales', action2Deadline: day(1),
    action2Criterion: 'timeline used for all orders',
  });
  await complete(app, 'storemanager', reviewId, 'Task_CommitAndTrack', { commitments: 'all agreed', publicCommitment: true });
  await complete(app, 'storemanager', reviewId, 'Task_NextMonthFocus', { nextMonthFocus: 'one delivery timeline for sales and delivery' });
  await complete(app, 'advisor', `${reviewId}/1`, 'Task_CarryOutAction', { whatWasDone: 'introduced this week' });
  await complete(app, 'storemanager', `${reviewId}/1`, 'Task_VerifyAction', { verificationPassed: true, verificationNote: 'checked 10 deliveries' });
  // action 2's deadline passes: the administrator runs its timer now instead of waiting a day (no form takes a passed day)
  const action2 = await app.api('admin', 'GET', `/engine-rest/process-instance?businessKey=${encodeURIComponent(`${reviewId}/2`)}`);
  await executeTimer(app, action2.json[0].id, 'Timer_ActionOverdue');
  await task(app, `${reviewId}/2`, 'Task_HandleOverdueAction');
  return { reviewId, processInstanceId: started.json.id };
}

module.exports = { previousMonth, escalatedPartsOrder, partsOrderAtExpectation, reviewWithActions };
