// The joint case review's forms refuse what the server refuses, before anything is sent
// (the server-side checks are proven in JointCaseReviewInputTest and ReviewCandidatesApiTest).
const { test, describe } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const { ROOT, submitForm } = require('./linters.cjs');

const form = (name) => path.join(ROOT, 'forms', name);
const ACTION = (n) => [`action${n}Criterion`, `action${n}Deadline`, `action${n}Owner`, `action${n}Text`];

describe('review forms validate before submitting', () => {
  test('select cases: each of the three slots must be chosen', async () => {
    const { errors } = await submitForm(form('review-select-cases.form'), {});
    assert.deepEqual(errors, ['complexCase', 'negativeCase', 'positiveCase']);
  });

  test('select cases: a kind the month has no case of is not asked for', async () => {
    const options = [{ label: 'SURVEY-1 / 王先生', value: 'c1' }];
    const { errors } = await submitForm(form('review-select-cases.form'),
      { negativeCaseOptions: options, positiveCaseOptions: options, complexCaseOptions: [] });
    assert.deepEqual(errors, ['negativeCase', 'positiveCase']);
  });

  test('reconstruct: facts are asked for the cases chosen only', async () => {
    const { errors } = await submitForm(form('review-reconstruct.form'), { negativeCase: 'SURVEY-1', positiveCase: 'SURVEY-2' });
    assert.deepEqual(errors, ['factsNegative', 'factsPositive']);
  });

  test('design solutions: the first action needs all four parts', async () => {
    const { errors } = await submitForm(form('review-design-solutions.form'), { action1Text: 'Call within 2 h' });
    assert.deepEqual(errors, ACTION(1).filter((k) => k !== 'action1Text'));
  });

  test('design solutions: an added action needs all four parts too', async () => {
    const complete = { action1Text: 'a', action1Owner: 'advisor', action1Deadline: '2026-04-01', action1Criterion: 'c' };
    assert.deepEqual((await submitForm(form('review-design-solutions.form'), complete)).errors, []);
    const { errors } = await submitForm(form('review-design-solutions.form'), { ...complete, addAction2: true });
    assert.deepEqual(errors, ACTION(2));
  });
});
