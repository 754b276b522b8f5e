// What the case history needs from a BPMN model: element names, and the SLA timers a process owner
// marked with the extension property "sla", each with what its firing leads to (the escalation).
// A name is read "English / 中文": an element whose label on the diagram is English only (an event,
// a gateway, a service task) carries its Chinese name in the extension property "nameZh".

const BPMN = 'http://www.omg.org/spec/BPMN/20100524/MODEL';
const CAMUNDA = 'http://camunda.org/schema/1.0/bpmn';
const STEPS_SHOWN = 4;
const HAN = /[\u4e00-\u9fff]/;

/** The value of an extension property of the element itself (not of an element inside it). */
function ownProperty(element, name) {
  const extensions = [...element.children].find(c => c.localName === 'extensionElements');
  const properties = extensions && [...extensions.children].find(c => c.namespaceURI === CAMUNDA && c.localName === 'properties');
  const property = properties && [...properties.children].find(p => p.getAttribute('name') === name);
  return property ? property.getAttribute('value') : null;
}

export function readModel(xml) {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const elements = [...doc.getElementsByTagNameNS(BPMN, '*')];
  const byId = new Map(elements.filter(e => e.getAttribute('id')).map(e => [e.getAttribute('id'), e]));
  const flows = elements.filter(e => e.localName === 'sequenceFlow');
  const name = id => {
    const element = byId.get(id);
    const english = element && element.getAttribute('name');
    const chinese = english && !HAN.test(english) && ownProperty(element, 'nameZh');
    return chinese ? `${english} / ${chinese}` : english || id;
  };
  const next = id => flows.filter(f => f.getAttribute('sourceRef') === id).map(f => f.getAttribute('targetRef'));

  /** Names of the first steps after an element, following every outgoing path (gateways skipped). */
  function consequences(id) {
    const seen = new Set([id]);
    const names = [];
    let frontier = next(id);
    while (frontier.length && names.length < STEPS_SHOWN) {
      const following = [];
      for (const target of frontier) {
        if (seen.has(target)) continue;
        seen.add(target);
        const element = byId.get(target);
        if (element && !/Gateway$/.test(element.localName)) names.push(name(target));
        following.push(...next(target));
      }
      frontier = following;
    }
    return names.slice(0, STEPS_SHOWN);
  }

  const sla = elements
    .filter(e => [...e.children].some(c => c.localName === 'timerEventDefinition'))
    .map(e => {
      const sla = ownProperty(e, 'sla');
      return sla && { id: e.getAttribute('id'), name: name(e.getAttribute('id')), sla, escalation: consequences(e.getAttribute('id')) };
    })
    .filter(Boolean);

  return { name, sla, has: id => byId.has(id) };
}
