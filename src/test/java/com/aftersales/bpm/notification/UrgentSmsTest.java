package com.aftersales.bpm.notification;

import static com.aftersales.bpm.common.Groups.SERVICE_MANAGER;
import static com.aftersales.bpm.support.SurveyJson.survey;

import com.aftersales.bpm.support.AppStart;
import com.aftersales.bpm.support.Http;
import com.aftersales.bpm.support.Notifications;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * ADR 35, through the whole application and a real HTTP receiver standing for the SMS gateway: a
 * red score's urgent alert is texted once to each service manager whose number an administrator
 * set (SPEC 1.1: "SMS/phone"), with the gateway's token, the subject and the case but not the
 * customer's phone; a yellow one is not texted; a gateway outage never holds the case up and the
 * text goes out once it is back. StaffMobileApiTest: who sets the numbers, and that they go with the account.
 */
class UrgentSmsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String GATEWAY = "sms";
  private static final Instant ANSWERED = Instant.now().truncatedTo(ChronoUnit.SECONDS);

  static RobotReceiver gateway;
  static ConfigurableApplicationContext app;
  static ProcessEngine engine;
  static Http http;

  @BeforeAll
  static void start() {
    gateway = new RobotReceiver();
    app = AppStart.start("default", "urgentSms", "demo", "--aftersales.notification.sms-url=" + gateway.url(GATEWAY),
        "--aftersales.notification.sms-token=gateway-token");
    engine = app.getBean(ProcessEngine.class);
    http = new Http(((WebServerApplicationContext) app).getWebServer().getPort());
    IdentityService identity = engine.getIdentityService();
    identity.saveUser(identity.newUser("zhou.manager"));
    identity.createMembership("zhou.manager", SERVICE_MANAGER);
    Assertions.assertThat(setMobile("admin", "manager", "138 0013-8000").body())
        .isEqualTo("{\"userId\":\"manager\",\"mobile\":\"+8613800138000\"}");
  }

  @AfterAll
  static void stop() {
    app.close();
    gateway.close();
  }

  @Test
  void aRedScoreIsTextedOnceToEachManagerWithANumber() throws Exception {
    int before = gateway.accepted(GATEWAY).size();
    String rescue = intake("SMS-RED-1", 2);

    Notifications.deliverAll(engine, rescue);

    Assertions.assertThat(gateway.accepted(GATEWAY)).hasSize(before + 1);
    JsonNode sms = JSON.readTree(gateway.accepted(GATEWAY).get(before));
    Assertions.assertThat(sms.get("to").toString()).as("zhou.manager has no number").isEqualTo("[\"+8613800138000\"]");
    Assertions.assertThat(sms.get("text").asText()).startsWith("[紧急 URGENT] ").contains("王先生", "SMS-RED-1")
        .doesNotContain("138 0000 0000").hasSizeLessThanOrEqualTo(NotificationText.SMS_LENGTH);
    Assertions.assertThat(gateway.authorizations(GATEWAY).get(before)).isEqualTo("Bearer gateway-token");

    Notifications.deliverAll(engine, rescue);
    Assertions.assertThat(gateway.accepted(GATEWAY)).as("once per notification").hasSize(before + 1);
  }

  @Test
  void aYellowScoreIsNotTexted() {
    int before = gateway.accepted(GATEWAY).size();

    Assertions.assertThat(Notifications.deliverAll(engine, intake("SMS-YELLOW-1", 5))).isPositive();

    Assertions.assertThat(gateway.accepted(GATEWAY)).hasSize(before);
  }

  @Test
  void withTheGatewayDownTheCaseGoesOnAndTheTextGoesOutOnceItIsBack() {
    int before = gateway.accepted(GATEWAY).size();
    gateway.refuseNext(GATEWAY, 1);
    String rescue = intake("SMS-DOWN-1", 1);
    Job text = engine.getManagementService().createJobQuery().processInstanceId(rescue)
        .activityId("Task_NotifyResponder").singleResult();

    Assertions.assertThatThrownBy(() -> engine.getManagementService().executeJob(text.getId()))
        .hasMessageContaining("the SMS gateway answered 503").hasMessageNotContaining("127.0.0.1");
    Assertions.assertThat(engine.getTaskService().createTaskQuery().processInstanceId(rescue)
        .taskDefinitionKey("Task_FirstContact").count()).as("the rescue goes on").isEqualTo(1);

    engine.getManagementService().executeJob(text.getId());
    Assertions.assertThat(gateway.accepted(GATEWAY)).hasSize(before + 1);
    List<String> keys = gateway.keys(GATEWAY);
    Assertions.assertThat(keys.subList(keys.size() - 2, keys.size())).as("ADR 47: the retry carries the first try's key")
        .containsExactly(text.getId() + ":sms:+8613800138000", text.getId() + ":sms:+8613800138000");
  }

  private static HttpResponse<String> setMobile(String caller, String userId, String mobile) {
    return StaffMobileApiTest.setMobile(http, caller, userId, mobile);
  }

  private static String intake(String surveyId, int score) {
    HttpResponse<String> response = http.postJson("integration", "/api/nps-responses", survey(surveyId, score, ANSWERED));
    Assertions.assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(surveyId).singleResult()
        .getId();
  }
}
