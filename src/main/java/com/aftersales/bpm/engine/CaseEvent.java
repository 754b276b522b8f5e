package com.aftersales.bpm.engine;

import java.time.Instant;

/** A history event of a case, as {@link HistoryFeed} hands it on (the engine's own event types are internal). */
public sealed interface CaseEvent {

  String processKey();

  String processInstanceId();

  record Started(String processKey, String processInstanceId, String businessKey) implements CaseEvent {}

  record Ended(String processKey, String processInstanceId) implements CaseEvent {}

  /**
   * A variable was set or removed ({@code removed}); the value as the engine stores it: text, or a
   * number (dates as epoch millis, booleans as 0/1, decimals as a double).
   */
  record VariableChanged(String processKey, String processInstanceId, String name, boolean removed,
      String text, Long number, Double decimal) implements CaseEvent {}

  /** A user task was created ({@code completed} false) or completed ({@code at}: its end). */
  record TaskChanged(String processKey, String processInstanceId, String taskKey, boolean created,
      boolean completed, Instant at) implements CaseEvent {}
}
