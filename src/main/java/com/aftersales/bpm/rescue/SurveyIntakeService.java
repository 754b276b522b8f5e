package com.aftersales.bpm.rescue;

import static com.aftersales.bpm.rescue.RescueVariables.*;
import static com.aftersales.bpm.rescue.RescueModel.*;

import com.aftersales.bpm.common.CustomerVariables;
import com.aftersales.bpm.common.IdempotentIntake;
import com.aftersales.bpm.common.IdempotentIntake.Received;
import com.aftersales.bpm.common.DecisionResults;
import com.aftersales.bpm.common.OutsideEventGate;
import com.aftersales.bpm.parts.PostRepairSurveys;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives survey answers: classifies the score with the npsAlertGrade table, starts the rescue or
 * the passive follow-up, and records the survey — all in one transaction, once per survey id.
 */
@Service
public class SurveyIntakeService {

  private static final IdempotentIntake.Kind SURVEY = new IdempotentIntake.Kind("NPS_RESPONSE", "surveyId",
      "Survey %s was already received with different content");

  private final RuntimeService runtime;
  private final DecisionService decisions;
  private final IntakeRouting routing;
  private final IdempotentIntake intake;
  private final PostRepairSurveys postRepairSurveys;
  private final SurveyAnswers answers;

  public SurveyIntakeService(RuntimeService runtime, DecisionService decisions, IdempotentIntake intake,
      PostRepairSurveys postRepairSurveys, SurveyAnswers answers, IntakeRouting routing) {
    this.runtime = runtime;
    this.decisions = decisions;
    this.routing = routing;
    this.intake = intake;
    this.postRepairSurveys = postRepairSurveys;
    this.answers = answers;
  }

  /** @param receivedBy who sent it (recorded with the survey; null when the application itself did) */
  @Transactional
  public Received<IntakeResult> receive(NpsResponse survey, String receivedBy) {
    Received<IntakeResult> received = intake.once(SURVEY, survey.surveyId(), survey, IntakeResult.class, receivedBy,
        () -> followUp(survey));
    if (received.created()) {
      answers.record(survey, received.result());
    }
    return received;
  }

  /** Grades the score, starts the follow-up it calls for and hands the answer to the repair order. */
  private IntakeResult followUp(NpsResponse survey) {
    VariableMap variables = surveyVariables(survey);
    postRepairSurveys.orderInstanceId(survey.serviceOrderId())
        .ifPresent(order -> PARTS_SHORTAGE_INSTANCE_ID.putIn(variables, order));
    DmnDecisionResultEntries grading = grade(variables);
    FollowUp followUp = DecisionResults.entry(grading, FOLLOW_UP);
    IntakeResult result = followUp.processKey() == null
        ? new IntakeResult(survey.surveyId(), followUp.action(), null,
            DecisionResults.entry(grading, ALERT_LEVEL), null, null, null)
        : start(followUp, survey, variables);
    postRepairSurveys.surveyAnswered(survey.serviceOrderId(), survey.surveyId(), survey.score(),
        result.action() == IntakeResult.Action.RESCUE_STARTED ? result.processInstanceId() : null,
        survey.answeredAt().toInstant());
    return result;
  }

  /**
   * Routing only, in memory and unrecorded: the started process grades the case again in its own
   * first step, recorded there (ADR 10). A score that starts no process is graded as before,
   * through the engine, so the decision history holds the grading of every survey once.
   */
  private DmnDecisionResultEntries grade(VariableMap variables) {
    DmnDecisionResultEntries grading = routing.grade(variables);
    if (grading != null && DecisionResults.entry(grading, FOLLOW_UP).processKey() == null) {
      grading = decisions.evaluateDecisionByKey(GRADING_DECISION).variables(variables).evaluate().getSingleResult();
    }
    if (grading == null) {
      throw new IllegalStateException("Decision " + GRADING_DECISION + " matched no rule for score "
          + SCORE.optionalFrom(variables).orElse(null));
    }
    return grading;
  }

  private IntakeResult start(FollowUp followUp, NpsResponse survey, VariableMap variables) {
    if (followUp == FollowUp.RESCUE) {
      // set at the start, so that both the rescue and an early re-rating update this row (OutsideEventGate)
      RE_RATING.putIn(variables, OutsideEventGate.State.EXPECTED);
    }
    ProcessInstanceWithVariables instance = runtime.createProcessInstanceByKey(followUp.processKey())
        .businessKey(survey.surveyId())
        .setVariables(variables)
        .executeWithVariablesInReturn();
    Map<String, Object> state = instance.getVariables();
    Date deadline = RESPONSE_DEADLINE.optionalFrom(state).orElse(null);
    return new IntakeResult(survey.surveyId(), followUp.action(), instance.getId(),
        ALERT_LEVEL.optionalFrom(state).orElse(null), GRADE.optionalFrom(state).orElse(null),
        RESPONDER_GROUP.optionalFrom(state).orElse(null),
        deadline == null ? null : deadline.toInstant());
  }

  static VariableMap surveyVariables(NpsResponse s) {
    VariableMap v = Variables.createVariables();
    SURVEY_ID.putIn(v, s.surveyId());
    ANSWERED_AT.putIn(v, Date.from(s.answeredAt().toInstant()));
    SCORE.putIn(v, s.score());
    COMMENT.putIn(v, s.comment());
    SERVICE_ORDER_ID.putIn(v, s.serviceOrderId());
    CustomerVariables.putCustomer(v, s.customer().id(), s.customer().name(), s.customer().phone(),
        s.customer().highValue());
    CustomerVariables.putSuccess(v, s.customer().lifetimeValue(), s.customer().successManager());
    CustomerVariables.putVehicle(v, s.vehicle() == null ? null : s.vehicle().described());
    // absent means "no": no public-opinion risk
    PUBLIC_OPINION_RISK.putIn(v, Boolean.TRUE.equals(s.publicOpinionRisk()));
    return v;
  }
}
