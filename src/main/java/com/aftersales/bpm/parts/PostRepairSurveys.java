package com.aftersales.bpm.parts;

import static com.aftersales.bpm.parts.PartsVariables.NPS_SCORE;
import static com.aftersales.bpm.parts.PartsVariables.NPS_SURVEY_ID;
import static com.aftersales.bpm.parts.PartsVariables.POST_REPAIR_SURVEY;
import static com.aftersales.bpm.parts.PartsModel.PROCESS;
import static com.aftersales.bpm.parts.PartsModel.REPAIR_TASK;
import static com.aftersales.bpm.parts.PartsVariables.RESCUE_INSTANCE_ID;
import static com.aftersales.bpm.parts.PartsModel.SURVEY_ANSWERED_MESSAGE;

import com.aftersales.bpm.common.OutsideEventGate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Links a survey answer to the repair order it is about (serviceOrderId = repairOrderId): the order
 * records the score and the rescue it started, whether it waits for its post-repair survey already
 * or the customer answered after the repair while the handover was still open ({@link OutsideEventGate}).
 */
@Component
public class PostRepairSurveys {

  private final OutsideEventGate gate;
  private final HistoryService history;

  public PostRepairSurveys(OutsideEventGate gate, HistoryService history) {
    this.gate = gate;
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

  /**
   * Hands the answer to the order, or keeps it on the order until the handover; the first answer
   * stands, and an order that has closed is left as it is. An answer given before the repair was
   * done is the visit's, however late the platform posts it. In the intake's transaction: an answer
   * at the same moment as another change of the order loses its lock, and the intake is done again.
   */
  public void surveyAnswered(String repairOrderId, String surveyId, int score, String rescueInstanceId,
      Instant answeredAt) {
    if (repairOrderId == null || answeredBeforeRepair(repairOrderId, answeredAt)) {
      return;
    }
    VariableMap variables = Variables.createVariables();
    NPS_SURVEY_ID.putIn(variables, surveyId);
    NPS_SCORE.putIn(variables, score);
    RESCUE_INSTANCE_ID.putIn(variables, rescueInstanceId);
    gate.deliverWithinTransaction(new OutsideEventGate.Event(PROCESS, repairOrderId, SURVEY_ANSWERED_MESSAGE,
        POST_REPAIR_SURVEY, NPS_SURVEY_ID, variables));
  }

  /** Answered in a second before the one the repair was done in (the platform sends whole seconds). */
  private boolean answeredBeforeRepair(String repairOrderId, Instant answeredAt) {
    return orderInstanceId(repairOrderId).flatMap(order -> history.createHistoricActivityInstanceQuery()
            .processInstanceId(order).activityId(REPAIR_TASK).finished().orderByHistoricActivityInstanceEndTime().desc()
            .listPage(0, 1).stream().findFirst().map(HistoricActivityInstance::getEndTime))
        .filter(repaired -> answeredAt.truncatedTo(ChronoUnit.SECONDS)
            .isBefore(repaired.toInstant().truncatedTo(ChronoUnit.SECONDS)))
        .isPresent();
  }
}
