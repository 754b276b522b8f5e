package com.aftersales.bpm.notification;

import static com.aftersales.bpm.common.Groups.SERVICE_MANAGER;
import static com.aftersales.bpm.support.SurveyJson.survey;

import com.aftersales.bpm.support.StartedApp;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * ADR 47, through the whole application with a real HTTP receiver as the SMS gateway and a real SMTP
 * server: each number is its own request and its own delivery, so a number the gateway refuses keeps
 * no other manager from the text, no retry texts them a second time, and the incident names whose
 * number it is; every try of one text carries the same Idempotency-Key. And one channel's outage
 * (the mail server down) holds no other channel back: the urgent text goes out at once.
 */
class SmsNumberRefusedTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String GATEWAY = "sms";
  private static final String MANAGER = "+8613800138000";
  private static final String LI = "+8613900139000";
  private static final String GONE = "+8613700137000";

  static RobotReceiver gateway;
  static RefusingMailServer smtp;
  static StartedApp app;

  @BeforeAll
  static void start() {
    gateway = new RobotReceiver();
    smtp = new RefusingMailServer();
    app = StartedApp.start("default", "smsNumberRefused", "demo", "--aftersales.notification.sms-url=" + gateway.url(GATEWAY),
        "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.port());
    IdentityService identity = app.bean(IdentityService.class);
    for (String user : List.of("li.manager", "gone.manager")) {
      identity.saveUser(identity.newUser(user));
      identity.createMembership(user, SERVICE_MANAGER);
    }
    setMobile("manager", MANAGER);
    setMobile("li.manager", LI);
    setMobile("gone.manager", GONE);
  }

  @AfterAll
  static void stop() throws Exception {
    app.close();
    gateway.close();
    smtp.close();
  }

  @AfterEach
  void everythingWorksAgain() {
    gateway.refuseNothing(GATEWAY);
    smtp.down(false);
  }

  @Test
  void aNumberTheGatewayRefusesIsRetriedAloneAndTheIncidentNamesWhose() throws Exception {
    gateway.refuseWhenContains(GATEWAY, GONE);
    Job delivery = notificationJob(intake("SMS-REFUSED-1"));
    String refusedKey = delivery.getId() + ":sms:" + GONE;

    Assertions.assertThatThrownBy(() -> app.management().executeJob(delivery.getId()))
        .hasMessageContaining("gone.manager").hasMessageContaining("answered 400").hasMessageNotContaining("127.0.0.1");
    Assertions.assertThat(textedNumbers("SMS-REFUSED-1")).as("the other managers are texted at once, each alone")
        .containsExactlyInAnyOrder(MANAGER, LI);
    int tries = 1;
    for (; tries < 10 && job(delivery).getRetries() > 0; tries++) {
      Assertions.assertThatThrownBy(() -> app.management().executeJob(delivery.getId())).isNotNull();
    }

    Assertions.assertThat(textedNumbers("SMS-REFUSED-1")).as("no retry texts them again").containsExactlyInAnyOrder(MANAGER, LI);
    Assertions.assertThat(Collections.frequency(gateway.keys(GATEWAY), refusedKey))
        .as("every try of the refused text carries the same key").isEqualTo(tries);
    Assertions.assertThat(app.runtime().createIncidentQuery().processInstanceId(delivery.getProcessInstanceId()).count()).isOne();
    Assertions.assertThat(job(delivery).getExceptionMessage()).contains("gone.manager");

    setMobile("gone.manager", "139 0013 9001");
    app.management().setJobRetries(delivery.getId(), 1);
    app.management().executeJob(delivery.getId());
    Assertions.assertThat(textedNumbers("SMS-REFUSED-1")).as("the mended number is texted, nobody else again")
        .containsExactlyInAnyOrder(MANAGER, LI, "+8613900139001");
  }

  @Test
  void withTheMailServerDownTheUrgentTextStillGoesOutAtOnceAndOnce() throws Exception {
    smtp.down(true);
    Job delivery = notificationJob(intake("SMS-MAIL-DOWN-1"));

    Assertions.assertThatThrownBy(() -> app.management().executeJob(delivery.getId())).as("the mail fails the job")
        .hasMessageContaining("Mail server connection failed");
    Assertions.assertThat(textedNumbers("SMS-MAIL-DOWN-1")).as("the text does not wait for the mail server")
        .contains(MANAGER, LI);
    List<String> texted = textedNumbers("SMS-MAIL-DOWN-1");

    smtp.down(false);
    int mailsBefore = smtp.accepted().size();
    app.management().executeJob(delivery.getId());
    Assertions.assertThat(smtp.accepted().size()).as("the mail goes out once the server is back").isGreaterThan(mailsBefore);
    Assertions.assertThat(textedNumbers("SMS-MAIL-DOWN-1")).as("and nobody is texted twice").isEqualTo(texted);
  }

  /** The number each text about the case went to; every text names exactly one. */
  private static List<String> textedNumbers(String caseKey) {
    return gateway.accepted(GATEWAY).stream().filter(body -> body.contains(caseKey)).map(SmsNumberRefusedTest::to)
        .toList();
  }

  private static String to(String text) {
    try {
      JsonNode to = JSON.readTree(text).get("to");
      Assertions.assertThat(to).as("one number per text").hasSize(1);
      return to.get(0).asText();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void setMobile(String userId, String mobile) {
    HttpResponse<String> set = StaffMobileApiTest.setMobile(app.http(), "admin", userId, mobile);
    Assertions.assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
  }

  private static String intake(String surveyId) {
    HttpResponse<String> response = app.http().postJson("integration", "/api/nps-responses",
        survey(surveyId, 1, Instant.now().truncatedTo(ChronoUnit.SECONDS)));
    Assertions.assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return app.runtime().createProcessInstanceQuery().processInstanceBusinessKey(surveyId).singleResult().getId();
  }

  private static Job notificationJob(String processInstanceId) {
    return app.management().createJobQuery().processInstanceId(processInstanceId).activityId("Task_NotifyResponder").singleResult();
  }

  private static Job job(Job job) {
    return app.management().createJobQuery().jobId(job.getId()).singleResult();
  }
}
