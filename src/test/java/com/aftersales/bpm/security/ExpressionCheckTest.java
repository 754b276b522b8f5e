package com.aftersales.bpm.security;

import com.aftersales.bpm.common.Deadlines;
import com.aftersales.bpm.notification.SendNotificationDelegate;
import com.aftersales.bpm.security.models.ExpressionCheck;
import com.aftersales.bpm.security.models.ModelBeans;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What an expression in a deployed model may do, without an engine. */
class ExpressionCheckTest {

  private final ExpressionCheck check = new ExpressionCheck(ModelBeans.of(Map.of(
      "deadlines", Deadlines.class, "sendNotification", SendNotificationDelegate.class)));

  @ParameterizedTest
  @ValueSource(strings = {"${sendNotification}", "${not compensationApproved}",
      "${crisisSignalCount >= 2 and not escalated}", "${decisionResult.getSingleResult().approverGroup}",
      "${execution.setVariable('overdue', true)}", "${execution.getVariable('reRatingScore')}",
      "${deadlines.after(answeredAt, 'PT72H')}", "${crisisSignals.contains('COMPLAINT_WORDS')}",
      "${action.owner}", "${problemFixValue + lossCompensationValue + emotionalRepairValue}",
      "Case ${surveyId} of ${customerName}", "${dateTime().plusDays(2).toDate()}", "${execution.processBusinessKey}",
      "${currentUser()}"})
  void whatOurModelsDoIsAllowed(String expression) {
    Assertions.assertThat(check.problem(expression)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"${''.getClass().forName('java.lang.Runtime')}", "${''.class}", "${answeredAt.class.classLoader}",
      "${execution.getProcessEngineServices().getIdentityService()}", "${execution.processEngineServices}",
      "${execution.processEngine.processEngineConfiguration}", "${jdbcTemplate.queryForList('SELECT 1')}",
      "${deadlines.getClass()}", "${sendNotification.notifications}", "${decisionResult.getClass()}",
      "${execution.setVariable('x', ''.getClass())}", "${task.execution}", "${customer[fieldName]}",
      "${customer[name].size()}", "${fn:exec('x')}", "${execution.getBpmnModelInstance()}", "${broken"})
  void anythingElseIsRefused(String expression) {
    Assertions.assertThat(check.problem(expression)).isPresent();
  }
}
