package com.aftersales.bpm.engine;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * Judges a process start ({@code start} or {@code submit-form}, any API) by a logged-in user
 * before the engine runs it; throws to refuse it. Starts by the application are not judged.
 */
public interface StartSubmissionCheck {

  /**
   * @param processDefinitionId the version the start would run
   * @param variables the variables the start sets on the new instance
   * @param atStartEvent false when the start names activities to begin at instead of the start event
   */
  void check(ProcessEngine engine, String processDefinitionId, Map<String, Object> variables, boolean atStartEvent,
      Caller user);
}
