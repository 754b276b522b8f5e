// Starts the packaged application on a free local port with a fresh H2 database, and talks to
// its REST APIs as the demo users.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '../../../..');
const TARGET = path.join(ROOT, 'target');
// a test app lives for minutes: the quick JIT tier alone warms it up sooner on a 2-core machine
const JVM_OPTIONS = ['-XX:TieredStopAtLevel=1'];

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    }).on('error', reject);
  });
}

function findJar() {
  const jar = fs.readdirSync(TARGET).find(f => /^aftersales-bpm-.*\.jar$/.test(f));
  if (!jar) throw new Error('No application jar in target/: run "mvn -B package -DskipTests" first');
  return path.join(TARGET, jar);
}

/**
 * The application a test file talks to: the one the suite runner (suite.cjs) booted for this file
 * while the previous file ran, or, for a file run on its own, one started here.
 */
async function startApp() {
  const booted = process.env.AFTERSALES_E2E_APP;
  if (booted) return handle(booted, async () => {}); // the runner stops it after the file
  return launchApp('application');
}

/** Starts the packaged jar on a free port with a fresh H2 database; its log goes to target/e2e/<logName>.log. */
async function launchApp(logName) {
  const port = await freePort();
  fs.mkdirSync(path.join(TARGET, 'e2e-data'), { recursive: true });
  const dataDir = fs.mkdtempSync(path.join(TARGET, 'e2e-data', 'run-'));
  const logFile = path.join(TARGET, 'e2e', `${logName}.log`);
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const log = fs.openSync(logFile, 'w');
  const child = spawn('java', [...JVM_OPTIONS, '-jar', findJar(), `--server.port=${port}`], {
    env: { ...process.env, AFTERSALES_DATA_DIR: dataDir, SPRING_PROFILES_ACTIVE: '' },
    stdio: ['ignore', log, log],
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000; // a boot beside a running test file is slower
  for (;;) {
    if (child.exitCode !== null) throw new Error(`application exited early, see ${logFile}`);
    try {
      if ((await fetch(`${base}/engine-rest/engine`)).ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) {
      child.kill('SIGTERM'); // else the test process waits for it forever
      throw new Error(`application did not start in 180 s, see ${logFile}`);
    }
    await new Promise(r => setTimeout(r, 500));
  }
  return handle(base, () => new Promise(resolve => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', resolve);
    child.kill('SIGTERM');
  }));
}

function handle(base, stop) {
  return { base, api: (user, method, apiPath, body) => call(base, user, method, apiPath, body), stop };
}

async function call(base, user, method, apiPath, body) {
  const headers = { Authorization: 'Basic ' + Buffer.from(`${user}:demo`).toString('base64') };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(base + apiPath, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  let json;
  try { json = text ? JSON.parse(text) : undefined; } catch { json = undefined; }
  return { status: response.status, json, text };
}

/** Camunda REST variables from a plain object: {name: value} -> {name: {value}}. */
function variables(values) {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { value: v }]));
}

module.exports = { startApp, launchApp, variables, ROOT, TARGET };
