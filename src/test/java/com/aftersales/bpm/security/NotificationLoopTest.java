package com.aftersales.bpm.security;

import static com.aftersales.bpm.security.Deployments.deploy;

import com.aftersales.bpm.notification.NotificationRecords;
import com.aftersales.bpm.notification.RecipientFilter;
import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A process owner deploys a model whose flow loops through a "Send notification" task and a
 * one-minute timer an expression gives: the deployment guard (which refuses a loop that never waits,
 * or waits less than an hour by a timer written out, ADR 1) cannot judge it, and nothing in the
 * engine stops it. The case sends 20 (the default most in an
 * hour) and then ends at an incident that says why, on every retry, hours later too; the 21st never
 * reaches the service managers' phones.
 */
@ApplicationTest
class NotificationLoopTest extends ApplicationTestSupport {

  private static final String LOOP = Deployments.definitions("notificationLoop", "1095", """
          <bpmn:startEvent id="Start_Loop" />
          <bpmn:sequenceFlow id="Flow_ToNotify" sourceRef="Start_Loop" targetRef="Task_Notify" />
          <bpmn:serviceTask id="Task_Notify" name="Notify" camunda:asyncBefore="true"
              camunda:delegateExpression="${sendNotification}">
            <bpmn:extensionElements><camunda:inputOutput>
              <camunda:inputParameter name="notificationChannel">ALERT</camunda:inputParameter>
              <camunda:inputParameter name="notificationRecipient">service-manager</camunda:inputParameter>
              <camunda:inputParameter name="notificationSubject">Again</camunda:inputParameter>
              <camunda:inputParameter name="notificationMessage">and again</camunda:inputParameter>
            </camunda:inputOutput></bpmn:extensionElements>
          </bpmn:serviceTask>
          <bpmn:sequenceFlow id="Flow_ToAgain" sourceRef="Task_Notify" targetRef="Timer_Again" />
          <bpmn:intermediateCatchEvent id="Timer_Again">
            <bpmn:timerEventDefinition><bpmn:timeDuration>${'PT1M'}</bpmn:timeDuration></bpmn:timerEventDefinition>
          </bpmn:intermediateCatchEvent>
          <bpmn:sequenceFlow id="Flow_Loop" sourceRef="Timer_Again" targetRef="Task_Notify" />
      """);

  @Autowired NotificationRecords records;

  @AfterEach
  void realClock() {
    ClockUtil.reset();
  }

  @Test
  void aLoopingModelSendsTheMostForAnHourAndThenStopsAtAnIncidentThatSaysWhy() {
    HttpResponse<String> deployed = deploy(http, "owner", "loop", Map.of("loop.bpmn", LOOP));
    Assertions.assertThat(deployed.statusCode()).as("the guard has nothing against it: %s", deployed.body()).isEqualTo(200);
    String loop = runtime.startProcessInstanceByKey("notificationLoop", "LOOP-1").getId();

    for (int round = 1; round <= 20; round++) {
      management.executeJob(job(loop).getId()); // the notification
      management.executeJob(job(loop).getId()); // the timer, a minute later
    }
    Job held = job(loop);
    Assertions.assertThatThrownBy(() -> management.executeJob(held.getId()))
        .hasMessageContaining("Case LOOP-1").hasMessageContaining("has had 20 notifications")
        .hasMessageContaining("aftersales.notification.max-per-case-per-hour");

    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofHours(2))));
    while (job(loop).getRetries() > 0) { // as the job executor retries it, hours later
      Assertions.assertThatThrownBy(() -> management.executeJob(held.getId())).hasMessageContaining("held back");
    }

    Incident incident = runtime.createIncidentQuery().processInstanceId(loop).singleResult();
    Assertions.assertThat(incident.getActivityId()).isEqualTo("Task_Notify");
    Assertions.assertThat(incident.getIncidentMessage()).contains("held back");
    Assertions.assertThat(records.findByBusinessKey("LOOP-1", RecipientFilter.everything())).hasSize(20);
  }

  private Job job(String processInstanceId) {
    return management.createJobQuery().processInstanceId(processInstanceId).singleResult();
  }
}
