// Lints the deployable models the way Camunda Modeler does for Camunda 7.24:
//   processes/*.bpmn  bpmnlint (.bpmnlintrc: bpmnlint:recommended + camunda-compat 7.24)
//   processes/*.dmn   dmnlint  (.dmnlintrc:  dmnlint:recommended)
//   forms/*.form      imported into the form-js viewer (the renderer Tasklist uses)
// and proves with the fixtures in lint/fixtures/ that each check can fail.
// Run: cd src/test/js && npm run lint
const { test, describe } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const { FIXTURES, modelFiles, lintBpmn, lintDmn, loadForm, formatProblems } = require('./linters.cjs');

const BPMN_FILES = modelFiles('processes', '.bpmn');
const DMN_FILES = modelFiles('processes', '.dmn');
const FORM_FILES = modelFiles('forms', '.form');

/** Sorted unique rule ids of a problem list. */
const rulesOf = (problems) => [...new Set(problems.map((p) => p.rule))].sort();

/** One test per model file: the linter finds no problem in it (and there are files to lint). */
function eachModelLintsClean(title, kind, files, lint) {
  describe(title, () => {
    test(`there are ${kind} models to lint`, () => {
      assert.ok(files.length > 0, `no processes/*.${kind.toLowerCase()} found`);
    });

    for (const file of files) {
      test(path.basename(file), async () => {
        const problems = await lint(file);
        assert.equal(problems.length, 0, formatProblems(file, problems));
      });
    }
  });
}

eachModelLintsClean('BPMN models pass bpmnlint (zero errors, warnings and infos)', 'BPMN', BPMN_FILES, lintBpmn);
eachModelLintsClean('DMN models pass dmnlint (zero problems)', 'DMN', DMN_FILES, lintDmn);

describe('Camunda Forms load in the form-js viewer', () => {
  test('there are forms to load', () => {
    assert.ok(FORM_FILES.length > 0, 'no forms/*.form found');
  });

  for (const file of FORM_FILES) {
    test(path.basename(file), async () => {
      const { error, warnings, fieldCount } = await loadForm(file);
      assert.equal(error, null, `${path.basename(file)} failed to import: ${error && error.message}`);
      assert.deepEqual(warnings, [], `${path.basename(file)} imported with warnings`);
      assert.ok(fieldCount > 0, `${path.basename(file)} rendered no .fjs-form-field`);
    });
  }
});

/** Lints a fixture; its problems, and each as "<id> <rule>", sorted. */
async function lintFixture(name, lint) {
  const fixture = path.join(FIXTURES, name);
  const problems = await lint(fixture);
  return { fixture, problems, found: problems.map((p) => `${p.id} ${p.rule}`).sort() };
}

describe('the checks fail on broken fixtures', () => {
  test('broken.bpmn: bpmnlint reports the expected rules', async () => {
    const { fixture, problems, found } = await lintFixture('broken.bpmn', lintBpmn);
    assert.deepEqual(found, [
      'Gateway_OneWay superfluous-gateway',
      'Task_NoName label-required',
      'Task_Orphan no-disconnected',
      'Task_Orphan no-implicit-end',
      'Task_Orphan no-implicit-start',
      'brokenFixture camunda-compat/history-time-to-live',
    ].sort(), formatProblems(fixture, problems));
    assert.ok(problems.some((p) => p.category === 'error'), 'expected at least one error');
  });

  test('broken.dmn: dmnlint reports the expected rules', async () => {
    const { fixture, problems, found } = await lintFixture('broken.dmn', lintDmn);
    assert.deepEqual(rulesOf(problems), ['label-required', 'no-duplicate-requirements'],
      formatProblems(fixture, problems));
    assert.deepEqual(found, [
      'Decision_NoName label-required',
      'Decision_NoName no-duplicate-requirements',
      'InputData_NoName label-required',
      'InputData_NoName no-duplicate-requirements',
    ], formatProblems(fixture, problems));
  });

  test('broken.form: the viewer rejects an unknown component type', async () => {
    const { error, fieldCount } = await loadForm(path.join(FIXTURES, 'broken.form'));
    assert.ok(error, 'broken.form imported without error');
    assert.match(error.message, /form field of type <signature-pad> not supported/);
    assert.equal(fieldCount, 0);
  });
});
