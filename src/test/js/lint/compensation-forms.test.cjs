// The forms of compensation, approval, expectation and passive follow-up behave in form-js 1.8 (the
// renderer Tasklist 7.24 bundles) as designed: the running total and the approval line follow the
// values, the approver must choose, options depend on the case. The server side of each rule is
// proven in Java (CompensationRouteOnFormsTest, FormChoicesTest); the browser in e2e/forms.test.cjs.
const { test, describe } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const { ROOT, submitForm, renderForm } = require('./linters.cjs');

const form = (name) => path.join(ROOT, 'forms', name);
const GRADE_B = { compensationAuthority: 500, publicOpinionRisk: false, responsibility: 'OURS', grade: 'B' };

describe('Design the solution: the total against the authority', () => {
  test('an empty plan is within the authority', async () => {
    const { text } = await renderForm(form('design-solution.form'), GRADE_B);
    assert.match(text, /Plan total \/ 方案合计: 0 CNY/);
    assert.match(text, /本案补偿权限: 500 CNY/);
    assert.match(text, /Within the authority/);
    assert.doesNotMatch(text, /Goes to approval/);
  });

  test('above the authority the plan goes to the service manager', async () => {
    const { text } = await renderForm(form('design-solution.form'),
      { ...GRADE_B, problemFixValue: 300, lossCompensationValue: 150.5, emotionalRepairValue: 100 });
    assert.match(text, /方案合计: 550.5 CNY/);
    assert.match(text, /goes to the service manager \/ 服务经理/);
    assert.doesNotMatch(text, /Within the authority|regional manager \/ 区域经理/);
  });

  test('above 5,000, or 2,000 with public-opinion risk, it goes to the regional manager', async () => {
    const above = await renderForm(form('design-solution.form'),
      { ...GRADE_B, compensationAuthority: 5000, problemFixValue: 5000, lossCompensationValue: 1 });
    assert.match(above.text, /goes to the regional manager \/ 区域经理/);
    const risk = await renderForm(form('design-solution.form'),
      { ...GRADE_B, compensationAuthority: 5000, publicOpinionRisk: true, problemFixValue: 2500 });
    assert.match(risk.text, /goes to the regional manager/);
    assert.doesNotMatch(risk.text, /Within the authority|goes to the service manager/);
  });

  test('a value not typed in yet counts as nothing', async () => {
    const { text } = await renderForm(form('design-solution.form'), { ...GRADE_B, problemFixValue: 200, lossCompensationValue: null });
    assert.match(text, /方案合计: 200 CNY/);
  });
});

describe('approval: an explicit choice', () => {
  for (const file of ['approve-compensation.form', 'parts-approve-compensation.form']) {
    test(`${file}: nothing chosen is refused; sending back needs a reason, approving none`, async () => {
      assert.deepEqual((await submitForm(form(file), {})).errors, ['approvalDecision']);
      assert.deepEqual((await submitForm(form(file), { approvalDecision: 'SENT_BACK' })).errors, ['approvalComment']);
      const approved = await submitForm(form(file), { approvalDecision: 'APPROVED' });
      assert.deepEqual(approved.errors, []);
      assert.deepEqual(approved.data, { approvalDecision: 'APPROVED' }, 'no reason is sent with an approval');
      const sentBack = await submitForm(form(file), { approvalDecision: 'SENT_BACK', approvalComment: 'too much' });
      assert.deepEqual(sentBack.data, { approvalDecision: 'SENT_BACK', approvalComment: 'too much' });
    });
  }
});

describe('Upgrade compensation: who approves', () => {
  test('within 5,000 the upgrade is granted, with complaint words above 2,000 it goes to the regional manager', async () => {
    const within = await renderForm(form('parts-upgrade-compensation.form'), { upgradeValue: 3000, crisisSignals: 'CHASED_TWICE' });
    assert.match(within.text, /升级价值: 3000 CNY/);
    assert.match(within.text, /Within the authority/);
    const complaint = await renderForm(form('parts-upgrade-compensation.form'),
      { upgradeValue: 3000, crisisSignals: 'COMPLAINT_WORDS,YOU_DONT_CARE' });
    assert.match(complaint.text, /goes to the regional manager/);
  });
});

describe("Set the customer's expectation: options that apply", () => {
  test('a car that cannot drive stays with us and gets a loaner the same day', async () => {
    const { options } = await renderForm(form('parts-set-expectation.form'),
      { vehicleCondition: 'CANNOT_DRIVE', loanerEntitlement: 'SAME_DAY_LOANER' });
    assert.deepEqual(options('customerOption'), ['A) Leave the car with us / 方案A:把车留在服务中心']);
  });

  test('a drivable car may go home', async () => {
    const { options } = await renderForm(form('parts-set-expectation.form'),
      { vehicleCondition: 'MINOR', loanerEntitlement: 'LOANER_OR_VOUCHER_500' });
    assert.equal(options('customerOption').length, 2);
    assert.match(options('customerOption')[1], /^B\) Drive it home/);
  });

  test('the waiting benefit follows the loaner entitlement', async () => {
    const values = async (loanerEntitlement) => (await submitForm(form('parts-set-expectation.form'),
      { vehicleCondition: 'MINOR', loanerEntitlement, waitingBenefit: 'LOANER', customerOption: 'A_LEAVE_CAR' }));
    assert.ok(!(await values('SAME_CLASS_LOANER')).data.waitingBenefit, 'a VIP gets no cheaper loaner');
    assert.equal((await values('LOANER_OR_VOUCHER_500')).data.waitingBenefit, 'LOANER');
  });
});

describe('passive follow-up: a structured result', () => {
  test('the result is a required choice, with the free text beside it', async () => {
    const { errors } = await submitForm(form('passive-follow-up.form'),
      { gapToPromoter: 'slow wash', extraMileAction: 'free wash', followUpResult: 'pleased' });
    assert.deepEqual(errors, ['followUpOutcome']);
    const { options } = await renderForm(form('passive-follow-up.form'), {});
    assert.equal(options('followUpOutcome').length, 4);
    assert.ok(options('followUpOutcome').every((label) => / \/ .*\p{Script=Han}/u.test(label)), options('followUpOutcome').join(' | '));
  });
});
