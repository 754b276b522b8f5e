// Helpers for lint/models.test.cjs: run bpmnlint, dmnlint and the form-js viewer
// on one file each and return the problems as plain objects
// ({ id, category, rule, message }), so the tests only assert.
const fs = require('node:fs');
const path = require('node:path');
const { createRequire } = require('node:module');

const ROOT = path.resolve(__dirname, '../../../..');
const JS_ROOT = path.resolve(__dirname, '..');
const FIXTURES = path.join(__dirname, 'fixtures');

// Resolve lint plugins/configs from src/test/js (where .bpmnlintrc lives), not from process.cwd().
const jsRequire = createRequire(path.join(JS_ROOT, 'package.json'));
// The bpmn-moddle version bpmnlint itself parses with (bpmn-js brings an older one).
const bpmnlintRequire = createRequire(jsRequire.resolve('bpmnlint/package.json'));

/** Absolute paths of `<ROOT>/<dir>/*<ext>`, sorted. */
function modelFiles(dir, ext) {
  const abs = path.join(ROOT, dir);
  return fs.readdirSync(abs)
    .filter((name) => name.endsWith(ext))
    .sort()
    .map((name) => path.join(abs, name));
}

function readRc(name) {
  return JSON.parse(fs.readFileSync(path.join(JS_ROOT, name), 'utf8'));
}

/** Flattens a linter result ({ ruleName: [report] }) plus import warnings into one list. */
function flatten(importWarnings, results) {
  const problems = importWarnings.map((w) => ({
    id: (w.element && w.element.id) || '',
    category: 'error',
    rule: 'import',
    message: 'Import warning: ' + String(w.message).split('\n')[0],
  }));
  for (const [rule, reports] of Object.entries(results)) {
    for (const r of reports) {
      problems.push({ id: r.id || '', category: r.category, rule: r.name || rule, message: r.message });
    }
  }
  return problems;
}

/** A linter package's Linter class, its Node resolver, and our rc file for it. */
function linterOf(pkg, rcFile) {
  return {
    Linter: jsRequire(pkg).Linter,
    NodeResolver: jsRequire(`${pkg}/lib/resolver/node-resolver`),
    config: readRc(rcFile),
  };
}

// ---------------------------------------------------------------- BPMN

let bpmnModdle;

/** bpmnlint with src/test/js/.bpmnlintrc, like `bpmnlint <file>`; import warnings count as errors (as in the CLI). */
async function lintBpmn(file) {
  const { Linter, NodeResolver, config } = linterOf('bpmnlint', '.bpmnlintrc');
  if (!bpmnModdle) {
    const { BpmnModdle } = bpmnlintRequire('bpmn-moddle');
    bpmnModdle = new BpmnModdle();
  }
  const xml = fs.readFileSync(file, 'utf8');
  let parsed;
  try {
    parsed = await bpmnModdle.fromXML(xml);
  } catch (err) {
    return [{ id: '', category: 'error', rule: 'parse', message: 'Parse error: ' + err.message }];
  }
  const linter = new Linter({ config, resolver: new NodeResolver({ require: jsRequire }) });
  const results = await linter.lint(parsed.rootElement);
  return flatten(parsed.warnings || [], results);
}

// ---------------------------------------------------------------- DMN

let dmnModdle;

/** dmnlint with src/test/js/.dmnlintrc, like `dmnlint <file>` (dmn-moddle 9 still has the callback API). */
async function lintDmn(file) {
  const { Linter, NodeResolver, config } = linterOf('dmnlint', '.dmnlintrc');
  if (!dmnModdle) {
    const DmnModdle = createRequire(jsRequire.resolve('dmnlint/package.json'))('dmn-moddle');
    dmnModdle = new DmnModdle();
  }
  const xml = fs.readFileSync(file, 'utf8');
  const parsed = await new Promise((resolve) => {
    dmnModdle.fromXML(xml, (error, rootElement, context) => {
      resolve({ error, rootElement, warnings: (context && context.warnings) || [] });
    });
  });
  if (parsed.error) {
    return [{ id: '', category: 'error', rule: 'parse', message: 'Parse error: ' + parsed.error.message }];
  }
  const linter = new Linter({ config, resolver: new NodeResolver({ require: jsRequire }) });
  const results = await linter.lint(parsed.rootElement);
  return flatten(parsed.warnings, results);
}

// ---------------------------------------------------------------- Forms

let Form;

/** The form-js viewer needs a DOM: jsdom's window properties become globals (only on first use). */
function formViewer() {
  if (!Form) {
    const { JSDOM } = jsRequire('jsdom');
    const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true, url: 'http://localhost/' });
    globalThis.window = dom.window;
    for (const k of Object.getOwnPropertyNames(dom.window)) {
      if (!(k in globalThis)) {
        Object.defineProperty(globalThis, k, { value: dom.window[k], configurable: true, writable: true });
      }
    }
    ({ Form } = jsRequire('@bpmn-io/form-js-viewer'));
  }
  return Form;
}

/**
 * Imports a .form file into the form-js viewer.
 * @returns {{ error: Error|null, warnings: string[], fieldCount: number, formId: string }}
 */
async function loadForm(file) {
  const formId = JSON.parse(fs.readFileSync(file, 'utf8')).id;
  const messages = (warnings) => (warnings || []).map((w) => w.message || String(w));
  try {
    return await withForm(file, {}, (form, container, schema, { warnings }) => ({
      error: null,
      warnings: messages(warnings),
      fieldCount: container.querySelectorAll('.fjs-form-field').length,
      formId,
    }));
  } catch (error) {
    return { error, warnings: messages(error.warnings), fieldCount: 0, formId };
  }
}

/**
 * Imports a .form file with the given data into a fresh viewer, lets its fields render (Preact runs
 * effects and loads options from expressions after a tick), and returns what {@code work} makes of
 * the viewer and the import's result; the viewer is removed afterwards.
 */
async function withForm(file, data, work) {
  const FormViewer = formViewer();
  const schema = JSON.parse(fs.readFileSync(file, 'utf8'));
  const container = document.createElement('div');
  document.body.appendChild(container);
  const form = new FormViewer({ container });
  try {
    const imported = await form.importSchema(schema, data);
    await new Promise((resolve) => setTimeout(resolve, 100));
    return await work(form, container, schema, imported);
  } finally {
    form.destroy();
    container.remove();
  }
}

/**
 * Imports a .form file with the given data and submits it, as Tasklist does on Complete.
 * @returns {{ errors: string[], data: object }} the keys of the fields that failed validation
 */
async function submitForm(file, data) {
  return withForm(file, data, (form, container, schema) => {
    const result = form.submit();
    const keyOf = Object.fromEntries(schema.components.filter((c) => c.key).map((c) => [c.id, c.key]));
    return { errors: Object.keys(result.errors).map((id) => keyOf[id] || id).sort(), data: result.data };
  });
}

/**
 * Imports a .form file with the given data, as Tasklist shows it to the user.
 * @returns {{ text: string, options: (key: string) => string[] }} the visible text, and the labels
 *   of the options a radio field offers
 */
async function renderForm(file, data) {
  return withForm(file, data, (form, container, schema) => {
    const labels = {};
    for (const c of schema.components.filter((component) => component.key)) {
      labels[c.key] = [...container.querySelectorAll('input[type=radio]')]
        .filter((input) => new RegExp(`-${c.id}-\\d+$`).test(input.id))
        .map((input) => input.closest('label').textContent.trim());
    }
    return { text: container.textContent, options: (key) => labels[key] };
  });
}

// ---------------------------------------------------------------- Output

/** One line per problem: `  <id>  <category>  <rule>: <message>`. */
function formatProblems(file, problems) {
  return [
    `${path.relative(ROOT, file)}: ${problems.length} problem(s)`,
    ...problems.map((p) => `  ${p.id || '(no id)'}  ${p.category}  ${p.rule}: ${p.message}`),
  ].join('\n');
}

module.exports = { ROOT, FIXTURES, modelFiles, lintBpmn, lintDmn, loadForm, submitForm, renderForm, formatProblems };
