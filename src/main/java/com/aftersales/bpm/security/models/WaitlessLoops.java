package com.aftersales.bpm.security.models;

import com.aftersales.bpm.security.models.ModelContentCheck.Finding;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The loops of a BPMN file that come back without waiting for anything: no user or receive task,
 * no timer of at least the minimum, no message, signal or condition to wait for. The engine runs such a loop without end: in
 * one transaction, holding the node's memory and a database connection, or job after job when a
 * step is asynchronous. A process owner's model may loop only through a wait (ADR 1). The graph is
 * the sequence flows, a boundary event leaving its activity (a sub-process from what is inside it),
 * a sub-process entering at its start events and leaving when an end event is reached, link events,
 * and a call of a process of the same file; a call of another file's process is no wait (what it
 * waits for is not read here, and it may wait for nothing).
 */
final class WaitlessLoops {

  private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final Set<String> SCOPES = Set.of("subProcess", "transaction", "adHocSubProcess");
  private static final Set<String> WAITING_TASKS = Set.of("userTask", "receiveTask", "eventBasedGateway");
  /** What inside a sub-process cannot send it to its error or escalation boundary event. */
  private static final Set<String> NEVER_THROWS = Set.of("startEvent", "intermediateCatchEvent", "boundaryEvent",
      "sequenceFlow");
  /** Where the flows leaving a sub-process or call start: after its end, not at its entry. */
  private static final String EXIT = "#exit";
  /** How many of a loop's elements a finding names. */
  private static final int SHOWN = 8;

  private final Duration minimum;
  private final Map<String, Element> byId = new LinkedHashMap<>();
  private final Map<String, Set<String>> next = new LinkedHashMap<>();
  private final Set<String> waits = new HashSet<>();

  private WaitlessLoops(Duration minimum) {
    this.minimum = minimum;
  }

  /**
   * One finding for each loop, named by its first element.
   *
   * @param minimum the shortest timer that counts as a wait when it is written out (ADR 25's minimum
   *     cycle): a shorter duration, or a date written out (past after one round), turns the loop into
   *     a job every so often
   */
  static List<Finding> in(Element definitions, Duration minimum) {
    WaitlessLoops graph = new WaitlessLoops(minimum);
    graph.read(definitions.getElementsByTagNameNS(BPMN, "*"));
    List<Finding> findings = new ArrayList<>();
    for (List<String> loop : graph.loops()) {
      String path = loop.size() <= SHOWN ? String.join(" → ", loop)
          : String.join(" → ", loop.subList(0, SHOWN)) + " → … (" + loop.size() + " elements)";
      findings.add(new Finding(loop.get(0), "loops back (" + path + ") without waiting for a person, a message "
          + "or a timer of at least " + minimum + " (a timer written out shorter, or a date, only repeats it); the "
          + "engine would run it without end: put a user task or a longer timer in it"));
    }
    return findings;
  }

  private void read(NodeList elements) {
    for (int i = 0; i < elements.getLength(); i++) {
      Element e = (Element) elements.item(i);
      if (e.hasAttribute("id")) {
        byId.put(e.getAttribute("id"), e);
      }
    }
    Map<String, List<String>> linkCatches = new HashMap<>();
    List<Element> linkThrows = new ArrayList<>();
    for (Element e : byId.values()) {
      String id = e.getAttribute("id");
      String kind = e.getLocalName();
      switch (kind) {
        case "sequenceFlow" -> edge(exitOf(e.getAttribute("sourceRef")), e.getAttribute("targetRef"));
        case "boundaryEvent" -> leave(byId.get(e.getAttribute("attachedToRef")), id);
        case "callActivity" -> enter(id, byId.get(e.getAttribute("calledElement")));
        default -> {
          if (SCOPES.contains(kind) && !"true".equals(e.getAttribute("triggeredByEvent"))) {
            enter(id, e);
          }
        }
      }
      if ("intermediateThrowEvent".equals(kind) && child(e, "linkEventDefinition") != null) {
        linkThrows.add(e);
      }
      if (WAITING_TASKS.contains(kind) || kind.endsWith("Event") && WaitingEvents.waits(e, minimum)) {
        waits.add(id);
      }
      Element link = child(e, "linkEventDefinition");
      if ("intermediateCatchEvent".equals(kind) && link != null) {
        linkCatches.computeIfAbsent(scopeKey(e, link), k -> new ArrayList<>()).add(id);
      }
    }
    for (Element thrown : linkThrows) {
      linkCatches.getOrDefault(scopeKey(thrown, child(thrown, "linkEventDefinition")), List.of())
          .forEach(caught -> edge(thrown.getAttribute("id"), caught));
    }
  }

  /**
   * A sub-process or a called process of this file: entered at its start events, left at its end
   * events. Another file's process (or one an expression names) is not read here: no wait, so a
   * loop through it needs one of its own (it may end at once, and the loop run job after job).
   */
  private void enter(String id, Element scope) {
    if (scope == null || !BPMN.equals(scope.getNamespaceURI())) {
      edge(id, id + EXIT);
      return;
    }
    for (Node n = scope.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child && BPMN.equals(child.getNamespaceURI())) {
        if ("startEvent".equals(child.getLocalName())) {
          edge(id, child.getAttribute("id"));
        } else if ("endEvent".equals(child.getLocalName())) {
          edge(child.getAttribute("id"), id + EXIT);
        }
      }
    }
  }

  /**
   * A boundary event leaves its activity: a task's at once (its own error), a sub-process's or a
   * called process's from whatever inside it throws (after whatever it waits for inside).
   */
  private void leave(Element host, String boundary) {
    if (host == null) {
      return;
    }
    Element scope = "callActivity".equals(host.getLocalName()) ? byId.get(host.getAttribute("calledElement")) : host;
    if (scope == null || !BPMN.equals(scope.getNamespaceURI())) {
      edge(host.getAttribute("id"), boundary); // another file's process: not read here, it may throw at once
      return;
    }
    if (scope == host && !SCOPES.contains(host.getLocalName())) {
      edge(host.getAttribute("id"), boundary);
      return;
    }
    NodeList inside = scope.getElementsByTagNameNS(BPMN, "*");
    for (int i = 0; i < inside.getLength(); i++) {
      Element e = (Element) inside.item(i);
      if (e.hasAttribute("id") && !NEVER_THROWS.contains(e.getLocalName()) && !e.getLocalName().endsWith("Gateway")) {
        edge(e.getAttribute("id"), boundary);
      }
    }
  }

  private String exitOf(String source) {
    Element e = byId.get(source);
    boolean scope = e != null && (SCOPES.contains(e.getLocalName()) || "callActivity".equals(e.getLocalName()));
    return scope ? source + EXIT : source;
  }

  private void edge(String from, String to) {
    next.computeIfAbsent(from, k -> new LinkedHashSet<>()).add(to);
  }

  static Element child(Element parent, String localName) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c && localName.equals(c.getLocalName())) {
        return c;
      }
    }
    return null;
  }

  /** Link events meet by name within one scope. */
  private static String scopeKey(Element event, Element link) {
    Node scope = event.getParentNode();
    return (scope instanceof Element s ? s.getAttribute("id") : "") + "/" + link.getAttribute("name");
  }

  /** The loops of the graph without its waits, each as its elements (a sub-process's exit is the sub-process). */
  private List<List<String>> loops() {
    Map<String, Set<String>> moving = new LinkedHashMap<>();
    next.forEach((from, tos) -> {
      if (!waits.contains(from)) {
        moving.put(from, tos.stream().filter(to -> !waits.contains(to)).collect(Collectors.toCollection(LinkedHashSet::new)));
      }
    });
    return Cycles.in(moving).stream().map(loop -> loop.stream().map(n -> n.replace(EXIT, "")).distinct().toList()).toList();
  }
}
