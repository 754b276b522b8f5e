package com.aftersales.bpm.common;

import com.aftersales.bpm.engine.EngineCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Takes an event from outside (a part's arrival, a re-rating) that a process waits for at one
 * point, whether or not the process has reached that point yet: "no event is lost" (issue 14).
 *
 * <p>The gate is one process variable ({@link State}), set to {@code EXPECTED} when the process
 * starts. Just before the wait the model's listener ({@link #reachWait}) turns it into
 * {@code WAITING}, and the process waits; or, when it finds {@code EARLY}, into
 * {@code TAKEN_EARLY}, and the process goes straight past the wait with the values the early
 * event left. This class, for the API, correlates the message when the process waits, and
 * otherwise turns {@code EXPECTED} into {@code EARLY} together with the event's variables.
 *
 * <p>Why a variable both sides write, and not "is anybody waiting? then correlate, else keep":
 * the API could find no subscription while the process, in a transaction not yet committed, has
 * already decided to wait; the event would be kept and the process would wait for ever. Here
 * both sides update the same variable row, and the engine's optimistic locking (the row's
 * revision) lets only one of two overlapping transactions commit. If the process wins, this
 * class's attempt fails and the next one finds the subscription; if the API wins, the process's
 * transaction (e.g. the task completion) fails and, done again, finds {@code EARLY}. The state is
 * read and written in one engine command, so the revision checked is the one that was read.
 */
@Component
public class OutsideEventGate {

  private static final Logger LOG = LoggerFactory.getLogger(OutsideEventGate.class);
  /** A few: only another transaction on the same process instance makes an attempt fail. */
  private static final int ATTEMPTS = 5;

  /** Where an expected outside event stands. */
  public enum State {
    /** The process has not reached the wait and nothing came yet. */
    EXPECTED,
    /** The event came before the wait and is kept: its variables are set, the process will not wait. */
    EARLY,
    /** The process reached the wait without the event: it waits for it (or took it there since). */
    WAITING,
    /** The process reached the wait with the event kept and went on without waiting. */
    TAKEN_EARLY
  }

  /** What became of an event. */
  public enum Outcome {
    /** The process was waiting and took it now. */
    APPLIED,
    /** Kept: the process takes it when it reaches the wait. */
    KEPT,
    /** The same event came before and the process has taken it: nothing changed. */
    ALREADY_APPLIED,
    /** The same event came before and is kept: nothing changed. */
    ALREADY_KEPT,
    /** The process is past the wait without it, or is of a model version without the gate. */
    NOT_WAITING,
    /** No process with that business key. */
    UNKNOWN
  }

  /**
   * An event for the process with {@code businessKey}: the message its wait catches, its gate, the
   * variable that is set once it was taken ({@code evidence}) and the variables it brings.
   */
  public record Event(String processKey, String businessKey, String message, ProcessVariable<State> gate,
      ProcessVariable<?> evidence, VariableMap variables) {}

  /**
   * What became of it; {@code recorded} holds the event's variables as the process has them (for a
   * repeat, those of the first event), {@code processInstanceId} is null when unknown.
   */
  public record Delivery(Outcome outcome, String processInstanceId, Map<String, Object> recorded) {}

  private final RuntimeService runtime;
  private final HistoryService history;
  private final ProcessEngine engine;

  public OutsideEventGate(ProcessEngine engine) {
    this.runtime = engine.getRuntimeService();
    this.history = engine.getHistoryService();
    this.engine = engine;
  }

  /**
   * For the model's listener just before the wait: the process takes the kept event
   * ({@code TAKEN_EARLY}) or waits for it ({@code WAITING}). Always an update of the gate row, so
   * that an event kept at the same moment fails one of the two transactions. A process started
   * without the gate variable gets {@code WAITING} too (the API then treats it as waiting, as
   * before the gate existed).
   */
  public static void reachWait(VariableScope execution, ProcessVariable<State> gate) {
    State state = gate.optional(execution).orElse(null);
    gate.set(execution, state == State.EARLY || state == State.TAKEN_EARLY ? State.TAKEN_EARLY : State.WAITING);
  }

  /**
   * Delivers the event, each attempt in a transaction of its own (call it outside any): a
   * concurrent change of the same process instance fails an attempt, and the next one sees it.
   */
  public Delivery deliver(Event event) {
    for (int attempt = 1; ; attempt++) {
      try {
        return EngineCommand.inNewTransaction(engine, () -> attempt(event));
      } catch (RuntimeException e) {
        if (!LostRace.is(e)) {
          throw e;
        }
        LOG.info("{} for {} {} changed concurrently (attempt {}): {}", event.message(), event.processKey(),
            event.businessKey(), attempt, e.getMessage());
        if (attempt == ATTEMPTS) {
          throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, null, "The case " + event.businessKey()
              + " is being changed right now; send the event again");
        }
      }
    }
  }

  /**
   * Delivers the event in the caller's transaction, as one engine command: for an intake that is
   * done again whole when it loses a race ({@link ConcurrentIntake}), so that the event and the
   * intake's own record commit together.
   */
  public Delivery deliverWithinTransaction(Event event) {
    return EngineCommand.inCommand(engine, () -> attempt(event));
  }

  /** One engine command: the service calls below share its entity cache and its transaction. */
  private Delivery attempt(Event event) {
    ProcessInstance running = runtime.createProcessInstanceQuery().processDefinitionKey(event.processKey())
        .processInstanceBusinessKey(event.businessKey()).singleResult();
    if (running == null) {
      return ended(event);
    }
    String id = running.getId();
    // read the gate before looking for the wait: a process that committed WAITING has committed its wait too
    Map<String, Object> current = runtime.getVariables(id, List.of(names(event, true)));
    State state = event.gate().optionalFrom(current).orElse(null);
    boolean waiting = runtime.createExecutionQuery().processInstanceId(id)
        .messageEventSubscriptionName(event.message()).count() > 0;
    if (waiting) {
      runtime.createMessageCorrelation(event.message()).processInstanceId(id).setVariables(event.variables())
          .correlateWithResult();
      return new Delivery(Outcome.APPLIED, id, event.variables());
    }
    Map<String, Object> recorded = recorded(event, current);
    if (state == null) {
      return new Delivery(Outcome.NOT_WAITING, id, recorded);
    }
    return switch (state) {
      case EARLY -> new Delivery(Outcome.ALREADY_KEPT, id, recorded);
      case TAKEN_EARLY -> new Delivery(Outcome.ALREADY_APPLIED, id, recorded);
      case WAITING -> new Delivery(event.evidence().optionalFrom(current).isPresent() ? Outcome.ALREADY_APPLIED
          : Outcome.NOT_WAITING, id, recorded);
      case EXPECTED -> {
        VariableMap early = Variables.createVariables();
        early.putAll(event.variables());
        event.gate().putIn(early, State.EARLY);
        // updates the gate row read above: this command fails if the process has changed it since
        runtime.setVariables(id, early);
        yield new Delivery(Outcome.KEPT, id, event.variables());
      }
    };
  }

  private Delivery ended(Event event) {
    List<HistoricProcessInstance> past = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(event.processKey()).processInstanceBusinessKey(event.businessKey())
        .orderByProcessInstanceStartTime().desc().listPage(0, 1);
    if (past.isEmpty()) {
      return new Delivery(Outcome.UNKNOWN, null, Map.of());
    }
    String id = past.get(0).getId();
    Map<String, Object> current = history.createHistoricVariableInstanceQuery().processInstanceId(id)
        .variableNameIn(names(event, false)).disableBinaryFetching().list().stream()
        .filter(v -> v.getValue() != null)
        .collect(Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue, (a, b) -> a));
    Map<String, Object> recorded = recorded(event, current);
    return new Delivery(event.evidence().optionalFrom(current).isPresent() ? Outcome.ALREADY_APPLIED : Outcome.NOT_WAITING,
        id, recorded);
  }

  private static String[] names(Event event, boolean withGate) {
    List<String> names = new ArrayList<>(event.variables().keySet());
    names.add(event.evidence().name());
    if (withGate) {
      names.add(event.gate().name());
    }
    return names.stream().distinct().toArray(String[]::new);
  }

  /** The event's variables as the process has them. */
  private static Map<String, Object> recorded(Event event, Map<String, Object> current) {
    return event.variables().keySet().stream().filter(current::containsKey)
        .filter(name -> current.get(name) != null)
        .collect(Collectors.toMap(Function.identity(), current::get));
  }
}
