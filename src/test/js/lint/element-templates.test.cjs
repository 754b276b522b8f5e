// Validates the Camunda Modeler element templates of the project (.camunda/element-templates/*.json,
// where Modeler finds them in the project folder) against Modeler's element-template JSON schema
// (@camunda/element-templates-json-schema, JSON Schema draft-07) with ajv, and proves with
// lint/fixtures/broken-template.json that the check can fail.
// That every notification task in processes/ is an instance of the template is checked in Java
// (models/NotificationTemplateTest).
// Run: cd src/test/js && npm run lint
const { test, describe } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const Ajv = require('ajv');
const schema = require('@camunda/element-templates-json-schema/resources/schema.json');

const { ROOT, FIXTURES } = require('./linters.cjs');

const TEMPLATE_DIR = path.join(ROOT, '.camunda', 'element-templates');
const TEMPLATE_FILES = fs.existsSync(TEMPLATE_DIR)
  ? fs.readdirSync(TEMPLATE_DIR).filter((n) => n.endsWith('.json')).sort().map((n) => path.join(TEMPLATE_DIR, n))
  : [];

// strict: false: the schema is valid draft-07, but ajv's strict mode logs warnings (strictTypes) for
// its union types and its sub-schemas without "type": noise, not problems of our templates.
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

/** The schema's complaints about a template file, one line each (empty when valid). */
function problemsOf(file) {
  const template = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (validate(template)) {
    return [];
  }
  return validate.errors.map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
}

function report(file, problems) {
  return [`${path.relative(ROOT, file)}: ${problems.length} problem(s)`, ...problems.map((p) => '  ' + p)].join('\n');
}

describe('element templates pass the Modeler element-template schema', () => {
  test('there are element templates to check', () => {
    assert.ok(TEMPLATE_FILES.length > 0, 'no .camunda/element-templates/*.json found');
  });

  for (const file of TEMPLATE_FILES) {
    test(path.basename(file), () => {
      const problems = problemsOf(file);
      assert.deepEqual(problems, [], report(file, problems));
      const template = JSON.parse(fs.readFileSync(file, 'utf8'));
      for (const t of Array.isArray(template) ? template : [template]) {
        assert.match(t.$schema, /element-templates-json-schema/, `${t.id}: names the schema Modeler validates with`);
        assert.ok(Number.isInteger(t.version), `${t.id}: has a version (tasks record it as camunda:modelerTemplateVersion)`);
      }
    });
  }
});

describe('the schema check fails on a broken template', () => {
  test('broken-template.json: missing appliesTo, a dropdown without choices, a binding Camunda 7 templates lack', () => {
    const fixture = path.join(FIXTURES, 'broken-template.json');
    const problems = problemsOf(fixture);
    const text = problems.join('\n');
    assert.ok(problems.length > 0, 'broken-template.json passed the schema');
    assert.match(text, /must have required property 'appliesTo'/, report(fixture, problems));
    assert.match(text, /\/properties\/0 must have required property 'choices'/, report(fixture, problems));
    assert.match(text, /\/properties\/1\/binding\/type must be equal to one of the allowed values/, report(fixture, problems));
  });
});
