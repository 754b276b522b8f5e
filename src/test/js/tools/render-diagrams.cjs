#!/usr/bin/env node
// Renders every processes/*.bpmn with the bpmn-js viewer in headless Debian Chromium
// (playwright-core) and writes <name>.svg (bpmn-js saveSVG) and <name>.png (screenshot
// of the canvas zoomed to fit the viewport) for each model.
//
// Usage (from src/test/js):  node tools/render-diagrams.cjs [output-dir]
//   output-dir defaults to <repo>/src/docs/diagrams
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { chromium } = require('playwright-core');

const ROOT = path.resolve(__dirname, '../../../..');
const PROCESSES = path.join(ROOT, 'processes');
const OUT = path.resolve(process.argv[2] || path.join(ROOT, 'src/docs/diagrams'));
const VIEWER = require.resolve('bpmn-js/dist/bpmn-viewer.production.min.js');

// PNG viewport: the diagram's own size plus a margin, clamped; wide diagrams get ~3000 px.
const PADDING = 40;
const MIN_W = 800, MAX_W = 3000;
const MIN_H = 300, MAX_H = 1600;
const clamp = (v, lo, hi) => Math.max(lo, Math.min(hi, Math.round(v)));

async function render(page, file) {
  const xml = fs.readFileSync(file, 'utf8');
  await page.setViewportSize({ width: 1600, height: 900 });
  await page.setContent(
    '<!doctype html><html><head><style>html,body{margin:0;height:100%;background:#fff}</style></head>' +
    '<body><div id="canvas" style="width:100%;height:100%"></div></body></html>');
  await page.addScriptTag({ path: VIEWER });

  // import, then measure the diagram (canvas inner bounding box at zoom 1)
  const result = await page.evaluate(async (diagramXML) => {
    const viewer = new window.BpmnJS({ container: '#canvas' });
    window.viewer = viewer;
    const { warnings } = await viewer.importXML(diagramXML);
    const canvas = viewer.get('canvas');
    canvas.zoom(1);
    const { inner } = canvas.viewbox();
    const { svg } = await viewer.saveSVG();
    return {
      warnings: warnings.map((w) => w.message),
      box: { x: inner.x, y: inner.y, width: inner.width, height: inner.height },
      svg,
    };
  }, xml);

  const width = clamp(result.box.width + 2 * PADDING, MIN_W, MAX_W);
  const height = clamp(result.box.height + 2 * PADDING, MIN_H, MAX_H);
  await page.setViewportSize({ width, height });
  await page.evaluate(() => {
    const canvas = window.viewer.get('canvas');
    canvas.resized();
    canvas.zoom('fit-viewport', 'auto');
  });

  const name = path.basename(file, '.bpmn');
  const svgFile = path.join(OUT, `${name}.svg`);
  const pngFile = path.join(OUT, `${name}.png`);
  fs.writeFileSync(svgFile, result.svg);
  await page.locator('#canvas').screenshot({ path: pngFile });
  return { name, svgFile, pngFile, viewport: { width, height }, ...result };
}

async function main() {
  const files = fs.readdirSync(PROCESSES).filter((f) => f.endsWith('.bpmn')).sort()
    .map((f) => path.join(PROCESSES, f));
  if (!files.length) throw new Error(`no .bpmn files in ${PROCESSES}`);
  fs.mkdirSync(OUT, { recursive: true });

  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'render-diagrams-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  let failed = false;
  try {
    const page = await context.newPage();
    const pageErrors = [];
    page.on('pageerror', (err) => pageErrors.push(err.message));
    for (const file of files) {
      const r = await render(page, file);
      const b = r.box;
      console.log(`${path.relative(ROOT, r.svgFile)}, ${path.relative(ROOT, r.pngFile)}  ` +
        `diagram ${Math.round(b.width)}x${Math.round(b.height)} at (${Math.round(b.x)},${Math.round(b.y)}), ` +
        `png ${r.viewport.width}x${r.viewport.height}`);
      for (const w of r.warnings) {
        console.error(`  import warning in ${path.basename(file)}: ${w}`);
        failed = true;
      }
    }
    for (const e of pageErrors) {
      console.error(`  page error: ${e}`);
      failed = true;
    }
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  if (failed) process.exitCode = 1;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
