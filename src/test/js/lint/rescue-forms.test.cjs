// The rescue's Review and improve form (step 6) refuses in the browser what the server refuses
// (the server's side: RescueImprovementActionsTest and ReviewAndImproveFormRulesTest; ADR 0053).
const { test, describe } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const { ROOT, submitForm, renderForm } = require('./linters.cjs');

const FORM = path.join(ROOT, 'forms', 'review-and-improve.form');
const ACTION = (n) => [`action${n}Criterion`, `action${n}Deadline`, `action${n}Owner`, `action${n}Text`];
const REVIEW = { whatHappened: 'waited 3 h', doneRight: 'called in 30 min', doneWrong: 'no updates',
  systemImprovement: 'progress SMS', improvementActionsOffered: true };

describe('review and improve: improvement actions', () => {
  test('none is asked for: a case needs no action', async () => {
    assert.deepEqual((await submitForm(FORM, REVIEW)).errors, []);
  });

  test('an added action needs all four parts, and so does the next one added', async () => {
    assert.deepEqual((await submitForm(FORM, { ...REVIEW, addAction1: true })).errors, ACTION(1));
    const first = { addAction1: true, action1Text: 'SMS every 4 h', action1Owner: 'advisor',
      action1Deadline: '2099-01-10', action1Criterion: 'every order texted' };
    assert.deepEqual((await submitForm(FORM, { ...REVIEW, ...first })).errors, []);
    assert.deepEqual((await submitForm(FORM, { ...REVIEW, ...first, addAction2: true })).errors, ACTION(2));
  });

  test('the fields are bilingual, and a review task of an older rescue does not offer them', async () => {
    const offered = await renderForm(FORM, { ...REVIEW, addAction1: true });
    assert.match(offered.text, /Commit an improvement action \/ 承诺改进措施/);
    assert.match(offered.text, /Action 1 acceptance criterion \/ 措施1验收标准/);
    const older = await renderForm(FORM, { ...REVIEW, improvementActionsOffered: undefined });
    assert.doesNotMatch(older.text, /承诺改进措施/);
  });
});
