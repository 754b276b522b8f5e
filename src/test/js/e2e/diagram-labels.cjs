// Where a step's name runs out of its box in a diagram: each processes/*.bpmn drawn by bpmn-js (the
// library Modeler and Cockpit draw diagrams with) in the browser, and every task's or sub-process's
// name measured against its shape. Bilingual names wrap into many lines; a box too small for them
// shows a name cut by its border.
const fs = require('node:fs');
const path = require('node:path');

const PROCESSES = path.resolve(__dirname, '../../../../processes');
const VIEWER = require.resolve('bpmn-js/dist/bpmn-viewer.production.min.js');

/** ["file: Task_X 100x80, name 72x86"] for every name that does not fit its box. */
async function namesOutsideTheirBoxes(browser) {
  const page = await browser.newPage();
  const found = [];
  try {
    for (const file of fs.readdirSync(PROCESSES).filter(f => f.endsWith('.bpmn')).sort()) {
      await page.setContent('<!doctype html><html><body><div id="canvas" style="width:1600px;height:900px"></div></body></html>');
      await page.addScriptTag({ path: VIEWER });
      const misfits = await page.evaluate(async xml => {
        const viewer = new window.BpmnJS({ container: '#canvas' });
        await viewer.importXML(xml);
        const registry = viewer.get('elementRegistry');
        return registry.getAll()
          .filter(el => !el.labelTarget && !el.waypoints && /Task|SubProcess|CallActivity/.test(el.type))
          .map(el => ({ el, text: registry.getGraphics(el).querySelector('text.djs-label') }))
          .filter(({ text }) => text && text.textContent.trim())
          .map(({ el, text }) => ({ el, box: text.getBBox() }))
          .filter(({ el, box }) => box.x < 0 || box.y < 0 || box.x + box.width > el.width || box.y + box.height > el.height)
          .map(({ el, box }) => `${el.id} ${el.width}x${el.height}, name ${Math.round(box.width)}x${Math.round(box.height)}`);
      }, fs.readFileSync(path.join(PROCESSES, file), 'utf8'));
      found.push(...misfits.map(misfit => `${file}: ${misfit}`));
    }
  } finally {
    await page.close();
  }
  return found;
}

module.exports = { namesOutsideTheirBoxes };
