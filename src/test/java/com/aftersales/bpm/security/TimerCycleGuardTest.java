package com.aftersales.bpm.security;

import static com.aftersales.bpm.security.Deployments.deploy;
import static com.aftersales.bpm.security.Deployments.ownModel;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A process owner's timer cycle fires at most hourly (aftersales.models.minimum-timer-cycle): one
 * written in a model that repeats more often, the classic R/PT1M (a minute) for R/P1M (a month), is
 * refused with the element named; one that an expression gives when the case runs is slowed to the
 * hour, so neither starts a review a minute nor fills phones and the job table.
 */
@ApplicationTest
class TimerCycleGuardTest extends ApplicationTestSupport {

  private static final String UPDATES = Deployments.definitions("cadencedUpdates", "1095", """
          <bpmn:startEvent id="Start_Updates" />
          <bpmn:sequenceFlow id="Flow_ToWait" sourceRef="Start_Updates" targetRef="Task_WaitForPart" />
          <bpmn:userTask id="Task_WaitForPart" name="Wait for the part" camunda:candidateGroups="service-manager" />
          <bpmn:boundaryEvent id="Timer_UpdateDue" cancelActivity="false" attachedToRef="Task_WaitForPart">
            <bpmn:timerEventDefinition id="TimerDefinition_UpdateDue">
              <bpmn:timeCycle>${cadence}</bpmn:timeCycle>
            </bpmn:timerEventDefinition>
          </bpmn:boundaryEvent>
          <bpmn:sequenceFlow id="Flow_ToUpdated" sourceRef="Timer_UpdateDue" targetRef="End_Updated" />
          <bpmn:endEvent id="End_Updated" />
          <bpmn:sequenceFlow id="Flow_ToDone" sourceRef="Task_WaitForPart" targetRef="End_Done" />
          <bpmn:endEvent id="End_Done" />
      """);

  @AfterEach
  void realClock() {
    ClockUtil.reset();
  }

  @Test
  void aMonthlyScheduleWrittenAsAMinuteIsRefusedNamingTheTimer() {
    long versions = repository.createProcessDefinitionQuery().processDefinitionKey("monthlyReviewSchedule").count();
    String everyMinute = ownModel("monthly-review-schedule.bpmn").replace("${reviewCalendar.cycle()}", "R/PT1M");

    HttpResponse<String> refused = deploy(http, "owner", "minute-review", Map.of("monthly-review-schedule.bpmn", everyMinute));

    Assertions.assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    Assertions.assertThat(refused.body()).contains("TimerDefinition_Monthly", "R/PT1M", "a month is P1M, PT1M is a minute");
    Assertions.assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("monthlyReviewSchedule").count())
        .isEqualTo(versions);
  }

  @Test
  void aDecisionThatGivesACadenceOfMinutesIsRefusedNamingTheOutput() {
    String fiveMinutes = ownModel("parts-risk-level.dmn").replace(
        "<outputEntry id=\"OutputEntry_L3Minor_4\"><text>\"R/P3D\"</text>", "<outputEntry id=\"OutputEntry_L3Minor_4\"><text>\"R/PT5M\"</text>");

    HttpResponse<String> refused = deploy(http, "owner", "minute-cadence", Map.of("parts-risk-level.dmn", fiveMinutes));

    Assertions.assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    Assertions.assertThat(refused.body()).contains("OutputEntry_L3Minor_4", "R/PT5M", "PT1H");
  }

  @Test
  void aCycleAnExpressionGivesWhenTheCaseRunsIsSlowedToTheHour() {
    HttpResponse<String> deployed = deploy(http, "owner", "cadenced-updates", Map.of("updates.bpmn", UPDATES));
    Assertions.assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
    Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    ClockUtil.setCurrentTime(Date.from(started));
    String order = runtime.startProcessInstanceByKey("cadencedUpdates", Map.of("cadence", "R/PT1M")).getId();

    Job first = management.createJobQuery().processInstanceId(order).timers().singleResult();
    Assertions.assertThat(first.getDuedate().toInstant()).as("an hour on, not a minute").isEqualTo(started.plus(Duration.ofHours(1)));

    Instant fired = first.getDuedate().toInstant();
    ClockUtil.setCurrentTime(Date.from(fired));
    management.executeJob(first.getId());

    Job next = management.createJobQuery().processInstanceId(order).timers().singleResult();
    Assertions.assertThat(next.getDuedate().toInstant()).as("the repeat too").isEqualTo(fired.plus(Duration.ofHours(1)));
  }
}
