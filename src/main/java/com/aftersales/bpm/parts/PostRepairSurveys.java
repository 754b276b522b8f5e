package com.aftersales.bpm.parts;

import static com.aftersales.bpm.parts.PartsVariables.NPS_SCORE;
import static com.aftersales.bpm.parts.PartsVariables.NPS_SURVEY_ID;
import static com.aftersales.bpm.parts.PartsModel.PROCESS;
import static com.aftersales.bpm.parts.PartsVariables.RESCUE_INSTANCE_ID;
import static com.aftersales.bpm.parts.PartsModel.SURVEY_ANSWERED_MESSAGE;

import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Links a survey answer to the repair order it is about (serviceOrderId = repairOrderId): the order
 * waiting for its post-repair survey records the score and the rescue it started.
 */
@Component
public class PostRepairSurveys {

  private final RuntimeService runtime;
  private final HistoryService history;

  public PostRepairSurveys(RuntimeService runtime, HistoryService history) {
    this.runtime = runtime;
    this.history = history;
  }

  /** The parts-shortage order with this repair order id, running or finished. */
  public Optional<String> orderInstanceId(String repairOrderId) {
    if (repairOrderId == null) {
      return Optional.empty();
    }
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS)
        .processInstanceBusinessKey(repairOrderId).orderByProcessInstanceStartTime().desc()
        .listPage(0, 1).stream().findFirst().map(HistoricProcessInstance::getId);
  }

  /** Hands the answer to the order if it is waiting for it; otherwise nothing happens. */
  public void surveyAnswered(String repairOrderId, String surveyId, int score, String rescueInstanceId) {
    if (repairOrderId == null) {
      return;
    }
    VariableMap variables = Variables.createVariables();
    NPS_SURVEY_ID.putIn(variables, surveyId);
    NPS_SCORE.putIn(variables, score);
    RESCUE_INSTANCE_ID.putIn(variables, rescueInstanceId);
    // one command finds the order's wait and takes it: an answer at the same moment as another finds
    // it gone (nothing is handed over) or loses the order's lock (ConcurrentIntake runs it again);
    // a look first and a hand-over after it saw a wait that the other had just taken (a 500)
    runtime.createMessageCorrelation(SURVEY_ANSWERED_MESSAGE).processInstanceBusinessKey(repairOrderId)
        .setVariables(variables).correlateAllWithResult();
  }
}
