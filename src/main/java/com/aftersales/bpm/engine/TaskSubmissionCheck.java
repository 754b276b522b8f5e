package com.aftersales.bpm.engine;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * Judges a task completion ({@code complete} or {@code submit-form}, any API) by a logged-in user
 * before the engine runs it; throws to refuse it. Completions by the application are not judged.
 */
public interface TaskSubmissionCheck {

  void check(ProcessEngine engine, String taskId, Map<String, Object> variables, Caller user);
}
