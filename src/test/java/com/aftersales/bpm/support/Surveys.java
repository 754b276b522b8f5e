package com.aftersales.bpm.support;

import com.aftersales.bpm.common.CustomerVariables;
import com.aftersales.bpm.rescue.RescueVariables;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/** Start variables of a survey answer, as the intake sets them. */
public final class Surveys {

  private Surveys() {}

  public static VariableMap survey(String surveyId, int score, Instant answeredAt,
      boolean highValue, boolean publicOpinionRisk) {
    VariableMap v = Variables.createVariables();
    RescueVariables.SURVEY_ID.putIn(v, surveyId);
    RescueVariables.ANSWERED_AT.putIn(v, Date.from(answeredAt));
    RescueVariables.SCORE.putIn(v, score);
    RescueVariables.COMMENT.putIn(v, "Waited 4 hours, nobody told me anything");
    RescueVariables.SERVICE_ORDER_ID.putIn(v, "RO-" + surveyId);
    RescueVariables.CUSTOMER_ID.putIn(v, "C-1001");
    RescueVariables.CUSTOMER_NAME.putIn(v, "王先生");
    RescueVariables.CUSTOMER_PHONE.putIn(v, "+86 138 0000 0000");
    RescueVariables.HIGH_VALUE.putIn(v, highValue);
    CustomerVariables.putSuccess(v, null, null);
    RescueVariables.VEHICLE_MODEL.putIn(v, "Model Y");
    RescueVariables.VEHICLE_PLATE.putIn(v, "京A12345");
    RescueVariables.PUBLIC_OPINION_RISK.putIn(v, publicOpinionRisk);
    return v;
  }

  /** A customer the CRM gives a lifetime value (CNY) and maybe a success manager's user id. */
  public static VariableMap survey(String surveyId, int score, Instant answeredAt, BigDecimal lifetimeValue,
      String successManager) {
    VariableMap v = survey(surveyId, score, answeredAt);
    CustomerVariables.putSuccess(v, lifetimeValue, successManager);
    return v;
  }

  public static VariableMap survey(String surveyId, int score, Instant answeredAt) {
    return survey(surveyId, score, answeredAt, false, false);
  }
}
