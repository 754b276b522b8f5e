package com.aftersales.bpm.api;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.SurveyJson;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * "Nothing lost" for the customer who calls once the part is here ("when is my car ready?"): the
 * CRM's contact was a 409 and not recorded, and an answer owed for an earlier call vanished with the
 * arrival. Now it is recorded and answered within 2 h until the order closes; after that it is
 * recorded with the order's history and the 409 says the order is closed.
 */
@ApplicationTest
class LateContactsApiTest extends ApplicationTestSupport {

  @Test
  void aCallDuringTheHandoverIsRecordedAndAnsweredWithoutACrisisCheck() throws Exception {
    String order = EarlyPostRepairSurveyApiTest.repairedNotHandedOver(http, runtime, tasks, "LATE-CONTACT-RO-1");
    HttpResponse<String> answer = contact("LATE-CONTACT-RO-1", "我的车什么时候能好? 再拖我就投诉");
    Assertions.assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    Assertions.assertThat(json.readTree(answer.body()).get("phase").asText()).isEqualTo("PART_HERE");
    Assertions.assertThat(json.readTree(answer.body()).get("evaluated").asBoolean()).as("no crisis check").isFalse();
    Assertions.assertThat(contacts("LATE-CONTACT-RO-1")).as("recorded with the order").isEqualTo(1);
    Task owed = tasks.createTaskQuery().processInstanceId(order).taskDefinitionKey("Task_AnswerCustomer").singleResult();
    Assertions.assertThat(owed).as("an advisor answers it").isNotNull();
    Assertions.assertThat(runtime.getVariableLocal(owed.getExecutionId(), "latestContactText")).isEqualTo("我的车什么时候能好? 再拖我就投诉");
    Assertions.assertThat(tasks.createTaskQuery().processInstanceId(order).taskDefinitionKey("Task_ManagerCall").count())
        .as("the part is here: no crisis escalation").isZero();
  }

  @Test
  void anAnswerOwedWhenThePartArrivesIsStillOwedAfterTheArrival() {
    String order = ReportedOrders.waitingForPart(http, runtime, tasks, "LATE-CONTACT-RO-2", "LATE-CONTACT-PART");
    Assertions.assertThat(contact("LATE-CONTACT-RO-2", "配件到了吗?").statusCode()).isEqualTo(201);
    Task owed = tasks.createTaskQuery().processInstanceId(order).taskDefinitionKey("Task_AnswerCustomer").singleResult();

    Assertions.assertThat(http.postJson("integration", "/api/part-shortages/LATE-CONTACT-RO-2/arrival", "{}")
        .statusCode()).isEqualTo(204);

    Assertions.assertThat(tasks.createTaskQuery().processInstanceId(order).taskDefinitionKey("Task_AnswerCustomer")
        .singleResult()).as("the same answer, still owed").extracting(Task::getId).isEqualTo(owed.getId());
    Assertions.assertThat(management.createJobQuery().processInstanceId(order).activityId("Timer_AnswerOverdue").count())
        .as("and still watched").isEqualTo(1);
  }

  /** The part came before the customer was told what to expect (the arrival is kept): the first conversation answers. */
  @Test
  void aCallBeforeTheExpectationIsSetWithThePartKeptAsArrivedIsRecorded() throws Exception {
    Assertions.assertThat(http.postJson("integration", "/api/part-shortages",
        EarlyEventsApiTest.report("LATE-CONTACT-RO-4", "MINOR", "LATE-CONTACT-PART")).statusCode()).isEqualTo(201);
    Assertions.assertThat(http.postJson("integration", "/api/part-shortages/LATE-CONTACT-RO-4/arrival", "{}")
        .statusCode()).as("kept").isEqualTo(202);

    HttpResponse<String> answer = contact("LATE-CONTACT-RO-4", "配件到了吗?");
    Assertions.assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    Assertions.assertThat(json.readTree(answer.body()).get("phase").asText()).isEqualTo("BEFORE_THE_WAIT");
    Assertions.assertThat(contacts("LATE-CONTACT-RO-4")).isEqualTo(1);
  }

  @Test
  void aContactForAClosedOrderIsRecordedAndThe409NamesTheState() throws Exception {
    String order = EarlyPostRepairSurveyApiTest.repairedNotHandedOver(http, runtime, tasks, "LATE-CONTACT-RO-3");
    EarlyPostRepairSurveyApiTest.complete(tasks, order, "Task_Handover", Map.of("handoverNote", "done"));
    HttpResponse<String> survey = http.postJson("integration", "/api/nps-responses", SurveyJson.survey("LATE-CONTACT-SV",
        9, Instant.now().truncatedTo(ChronoUnit.SECONDS)).replace("\"serviceOrderId\":\"RO-LATE-CONTACT-SV\"",
        "\"serviceOrderId\":\"LATE-CONTACT-RO-3\""));
    Assertions.assertThat(survey.statusCode()).as(survey.body()).isEqualTo(201);
    management.createJobQuery().processInstanceId(order).activityId("Task_RequestSurvey").list()
        .forEach(job -> management.executeJob(job.getId())); // the survey request, sent after the handover
    Assertions.assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(order).finished().count())
        .as("closed").isEqualTo(1);

    HttpResponse<String> answer = contact("LATE-CONTACT-RO-3", "车子又响了");
    Assertions.assertThat(answer.statusCode()).as(answer.body()).isEqualTo(409);
    Assertions.assertThat(json.readTree(answer.body()).findValuesAsText("field")).containsExactly("repairOrderId");
    Assertions.assertThat(json.readTree(answer.body()).get("message").asText()).contains("LATE-CONTACT-RO-3", "closed");
    Assertions.assertThat(contacts("LATE-CONTACT-RO-3")).as("recorded with the order's history all the same").isEqualTo(1);

    Assertions.assertThat(contact("LATE-CONTACT-NO-SUCH", "hello").statusCode()).as("unknown: as before").isEqualTo(404);
    Assertions.assertThat(contacts("LATE-CONTACT-NO-SUCH")).isZero();
  }

  private HttpResponse<String> contact(String repairOrderId, String text) {
    return http.postJson("integration", "/api/part-shortages/" + repairOrderId + "/customer-contacts",
        "{\"at\":\"" + Instant.now().minusSeconds(30).truncatedTo(ChronoUnit.SECONDS) + "\",\"channel\":\"WECHAT\","
            + "\"text\":\"" + text + "\",\"chasing\":true}");
  }

  private long contacts(String repairOrderId) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM part_customer_contact WHERE repair_order_id = ?", Long.class,
        repairOrderId);
  }
}
