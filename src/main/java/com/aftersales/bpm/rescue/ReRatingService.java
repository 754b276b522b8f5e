package com.aftersales.bpm.rescue;

import static com.aftersales.bpm.rescue.RescueVariables.RESCUE_PROCESS;
import static com.aftersales.bpm.rescue.RescueVariables.RE_RATED_AT;
import static com.aftersales.bpm.rescue.RescueVariables.RE_RATING_MESSAGE;
import static com.aftersales.bpm.rescue.RescueVariables.RE_RATING_SCORE;

import com.aftersales.bpm.common.ApiException;
import java.util.Date;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Hands a re-rating to the rescue that is waiting for it. */
@Service
public class ReRatingService {

  public record ReRatingResult(String surveyId, String processInstanceId, int score) {}

  private final RuntimeService runtime;
  private final HistoryService history;

  public ReRatingService(RuntimeService runtime, HistoryService history) {
    this.runtime = runtime;
    this.history = history;
  }

  @Transactional
  public ReRatingResult receive(String surveyId, ReRating reRating) {
    Execution waiting = runtime.createExecutionQuery().processDefinitionKey(RESCUE_PROCESS)
        .processInstanceBusinessKey(surveyId).messageEventSubscriptionName(RE_RATING_MESSAGE)
        .singleResult();
    if (waiting == null) {
      boolean known = history.createHistoricProcessInstanceQuery().processDefinitionKey(RESCUE_PROCESS)
          .processInstanceBusinessKey(surveyId).count() > 0;
      throw known
          ? ApiException.conflict("surveyId", "The rescue of survey " + surveyId
              + " is not waiting for a re-rating")
          : ApiException.notFound("surveyId", "No rescue for survey " + surveyId);
    }
    VariableMap variables = Variables.createVariables();
    RE_RATING_SCORE.putIn(variables, reRating.score());
    RE_RATED_AT.putIn(variables, Date.from(reRating.answeredAt().toInstant()));
    runtime.createMessageCorrelation(RE_RATING_MESSAGE)
        .processInstanceId(waiting.getProcessInstanceId())
        .setVariables(variables)
        .correlateWithResult();
    return new ReRatingResult(surveyId, waiting.getProcessInstanceId(), reRating.score());
  }
}
