package com.aftersales.bpm.security.models;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cycles of a directed graph: its strongly connected parts that hold one (Tarjan's algorithm),
 * each in the order it was reached. Iterative, so that a long chain in a hostile model cannot
 * overflow the stack.
 */
final class Cycles {

  private final Map<String, Set<String>> next;
  private final Map<String, Integer> index = new HashMap<>();
  private final Map<String, Integer> low = new HashMap<>();
  private final Deque<String> stack = new ArrayDeque<>();
  private final Set<String> onStack = new HashSet<>();
  private final List<List<String>> cycles = new ArrayList<>();

  private Cycles(Map<String, Set<String>> next) {
    this.next = next;
  }

  /** @param next each node's successors */
  static List<List<String>> in(Map<String, Set<String>> next) {
    Cycles graph = new Cycles(next);
    next.keySet().forEach(graph::visit);
    return graph.cycles;
  }

  private void visit(String root) {
    if (index.containsKey(root)) {
      return;
    }
    Deque<String> path = new ArrayDeque<>();
    Deque<Iterator<String>> pending = new ArrayDeque<>();
    open(root, path, pending);
    while (!path.isEmpty()) {
      String node = path.peek();
      Iterator<String> successors = pending.peek();
      if (successors.hasNext()) {
        String to = successors.next();
        if (!index.containsKey(to)) {
          open(to, path, pending);
        } else if (onStack.contains(to)) {
          low.put(node, Math.min(low.get(node), index.get(to)));
        }
        continue;
      }
      path.pop();
      pending.pop();
      if (!path.isEmpty()) {
        low.put(path.peek(), Math.min(low.get(path.peek()), low.get(node)));
      }
      if (low.get(node).equals(index.get(node))) {
        close(node);
      }
    }
  }

  private void open(String node, Deque<String> path, Deque<Iterator<String>> pending) {
    index.put(node, index.size());
    low.put(node, index.get(node));
    stack.push(node);
    onStack.add(node);
    path.push(node);
    pending.push(next.getOrDefault(node, Set.of()).iterator());
  }

  private void close(String node) {
    List<String> part = new ArrayList<>();
    String member;
    do {
      member = stack.pop();
      onStack.remove(member);
      part.add(0, member);
    } while (!member.equals(node));
    if (part.size() > 1 || next.getOrDefault(node, Set.of()).contains(node)) {
      cycles.add(part);
    }
  }
}
