package com.aftersales.bpm.api;

import static com.aftersales.bpm.support.SurveyJson.survey;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.Notifications;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

@ApplicationTest
class SurveyIntakeApiTest extends ApplicationTestSupport {

  @Test
  void aScoreOfFiveThatThreatensAWeiboPostIsAnsweredAsGradeSWithItsTwoHours() throws Exception {
    Instant answeredAt = Instant.now().minus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.SECONDS);
    String body = survey("API-WEIBO-1", 5, answeredAt).replace("\"Waited 4 hours\"", "\"等了4小时,回家就发微博\"");

    HttpResponse<String> response = http.postJson("integration", "/api/nps-responses", body);

    Assertions.assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonNode answer = json.readTree(response.body());
    Assertions.assertThat(answer.get("grade").asText()).as("public-opinion words in the comment").isEqualTo("S");
    Assertions.assertThat(answer.get("responderGroup").asText()).isEqualTo("service-manager");
    Assertions.assertThat(Instant.parse(answer.get("responseDeadline").asText())).isEqualTo(answeredAt.plus(Duration.ofHours(2)));
  }

  @Test
  void scoreTwoStartsAGradeSRescueWhoseMissedSlaEscalatesToTheRegionalManager() throws Exception {
    Instant answeredAt = Instant.now().minus(Duration.ofMinutes(15)).truncatedTo(ChronoUnit.SECONDS);
    HttpResponse<String> response = http.postJson("integration", "/api/nps-responses",
        survey("API-S-1", 2, answeredAt));

    Assertions.assertThat(response.statusCode()).isEqualTo(201);
    JsonNode body = json.readTree(response.body());
    Assertions.assertThat(body.get("action").asText()).isEqualTo("RESCUE_STARTED");
    Assertions.assertThat(body.get("alertLevel").asText()).isEqualTo("RED");
    Assertions.assertThat(body.get("grade").asText()).isEqualTo("S");
    Assertions.assertThat(Instant.parse(body.get("responseDeadline").asText()))
        .isEqualTo(answeredAt.plus(Duration.ofHours(2)));

    ProcessInstance rescue = runtime.createProcessInstanceQuery().processInstanceBusinessKey("API-S-1")
        .singleResult();
    Assertions.assertThat(rescue.getId()).isEqualTo(body.get("processInstanceId").asText());
    Task firstContact = tasks.createTaskQuery().processInstanceId(rescue.getId()).singleResult();
    Assertions.assertThat(firstContact.getTaskDefinitionKey()).isEqualTo("Task_FirstContact");
    Assertions.assertThat(candidateGroups(firstContact)).containsExactly("service-manager");
    Assertions.assertThat(json.readTree(http.get("auditor", "/api/notifications?businessKey=API-S-1").body()))
        .as("delivered after the case's step committed, by the job executor (off here)").isEmpty();
    Assertions.assertThat(Notifications.deliverAll(engine, rescue.getId())).isEqualTo(1);

    Job sla = management.createJobQuery().processInstanceId(rescue.getId()).activityId("Timer_ResponseSla")
        .singleResult();
    Assertions.assertThat(sla.getDuedate()).isEqualTo(Date.from(answeredAt.plus(Duration.ofHours(2))));
    management.executeJob(sla.getId());

    List<Task> open = tasks.createTaskQuery().processInstanceId(rescue.getId()).orderByTaskName().asc().list();
    Assertions.assertThat(open).extracting(Task::getTaskDefinitionKey)
        .containsExactlyInAnyOrder("Task_FirstContact", "Task_HandleMissedResponse");
    Task escalation = open.stream().filter(t -> t.getTaskDefinitionKey().equals("Task_HandleMissedResponse"))
        .findFirst().orElseThrow();
    Assertions.assertThat(candidateGroups(escalation)).containsExactly("regional-manager");

    Assertions.assertThat(Notifications.deliverAll(engine, rescue.getId())).isEqualTo(1);
    JsonNode sent = json.readTree(http.get("auditor", "/api/notifications?businessKey=API-S-1").body());
    Assertions.assertThat(sent.findValuesAsText("recipient")).containsExactly("service-manager", "regional-manager");
    Assertions.assertThat(sent.get(0).get("subject").asText()).isEqualTo("Red alert / 红色预警 · Grade S / S级 · 王先生 评分 score 2");
  }

  @Test
  void scoreSevenStartsThePassiveFollowUpAndScoreNineIsRecordedOnly() throws Exception {
    Instant answeredAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    JsonNode passive = json.readTree(http.postJson("integration", "/api/nps-responses",
        survey("API-P-1", 7, answeredAt)).body());
    Assertions.assertThat(passive.get("action").asText()).isEqualTo("PASSIVE_FOLLOW_UP_STARTED");
    Assertions.assertThat(passive.get("alertLevel").asText()).isEqualTo("ORANGE");
    Assertions.assertThat(Instant.parse(passive.get("responseDeadline").asText()))
        .isEqualTo(answeredAt.plus(Duration.ofDays(3)));
    Assertions.assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("API-P-1")
        .processDefinitionKey("passiveFollowUp").count()).isEqualTo(1);

    HttpResponse<String> promoter = http.postJson("integration", "/api/nps-responses",
        survey("API-N-1", 9, answeredAt));
    Assertions.assertThat(promoter.statusCode()).isEqualTo(201);
    JsonNode recorded = json.readTree(promoter.body());
    Assertions.assertThat(recorded.get("action").asText()).isEqualTo("RECORDED_ONLY");
    Assertions.assertThat(recorded.has("processInstanceId")).isFalse();
    Assertions.assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("API-N-1").count())
        .isZero();
  }

  @Test
  void theSameSurveyAgainReturnsTheFirstAnswerAndStartsNothing() {
    String body = survey("API-D-1", 4, Instant.now().truncatedTo(ChronoUnit.SECONDS));
    HttpResponse<String> first = http.postJson("integration", "/api/nps-responses", body);
    HttpResponse<String> again = http.postJson("integration", "/api/nps-responses", body);

    Assertions.assertThat(first.statusCode()).isEqualTo(201);
    Assertions.assertThat(again.statusCode()).isEqualTo(200);
    Assertions.assertThat(again.body()).isEqualTo(first.body());
    Assertions.assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("API-D-1").count())
        .isEqualTo(1);
  }

  @Test
  void theSameSurveyIdWithOtherContentIsAConflict() throws Exception {
    Instant answeredAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    http.postJson("integration", "/api/nps-responses", survey("API-D-2", 4, answeredAt));
    HttpResponse<String> changed = http.postJson("integration", "/api/nps-responses",
        survey("API-D-2", 1, answeredAt));

    Assertions.assertThat(changed.statusCode()).isEqualTo(409);
    Assertions.assertThat(json.readTree(changed.body()).findValuesAsText("field")).containsExactly("surveyId");
    Assertions.assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("API-D-2").count())
        .isEqualTo(1);
  }

  private List<String> candidateGroups(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType())).map(IdentityLink::getGroupId).toList();
  }
}
