// Cases put into the application over its REST APIs, as the survey system and staff would; every
// browser test takes its cases from here. By process: seed-rescue.cjs (rescues), seed-parts-review.cjs
// (parts orders, the joint case review); the waiting and completing they share: seed-steps.cjs.
const { waitFor, task, complete, executeTimer } = require('./seed-steps.cjs');
const { runningRescue, finishedRescue, lateRescueWithoutTimer, rescueAtDesign } = require('./seed-rescue.cjs');
const { previousMonth, escalatedPartsOrder, partsOrderAtExpectation, reviewWithActions } = require('./seed-parts-review.cjs');

module.exports = { runningRescue, finishedRescue, lateRescueWithoutTimer, rescueAtDesign, partsOrderAtExpectation,
  escalatedPartsOrder, reviewWithActions, executeTimer, waitFor, task, complete, previousMonth };
