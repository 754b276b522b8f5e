// Runs each browser test file (alphabetically) with `node --test`, against its own freshly started
// application and database, exactly as the file would run on its own. The next file's application
// boots while the current file runs, so the suite does not wait for a ~20 s boot per file.
// Usage: node e2e/suite.cjs [file.test.cjs ...]   (default: every *.test.cjs here)
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { launchApp } = require('./app.cjs');

function run(file, base) {
  return new Promise(resolve => {
    const child = spawn(process.execPath, ['--test', path.join(__dirname, file)], {
      env: { ...process.env, AFTERSALES_E2E_APP: base },
      stdio: 'inherit',
    });
    child.on('exit', code => resolve(code));
  });
}

async function main() {
  const files = process.argv.length > 2 ? process.argv.slice(2).map(f => path.basename(f))
    : fs.readdirSync(__dirname).filter(f => f.endsWith('.test.cjs')).sort();
  const boot = file => launchApp(`application-${file.replace(/\.test\.cjs$/, '')}`);
  const failed = [];
  const stopping = [];
  let next = boot(files[0]);
  for (let i = 0; i < files.length; i++) {
    const app = await next.catch(error => error);
    next = i + 1 < files.length ? boot(files[i + 1]) : null;
    if (next) next.catch(() => {}); // awaited in its turn
    if (app instanceof Error) {
      console.error(`# ${files[i]}: ${app.message}`);
      failed.push(files[i]);
      continue;
    }
    const code = await run(files[i], app.base);
    if (code !== 0) failed.push(files[i]);
    stopping.push(app.stop());
  }
  await Promise.all(stopping);
  console.log(`# browser test files: ${files.length}, failed: ${failed.length}${failed.length ? ` (${failed.join(', ')})` : ''}`);
  process.exitCode = failed.length ? 1 : 0;
}

main().catch(error => {
  console.error(error);
  process.exitCode = 1;
});
