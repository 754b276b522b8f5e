package com.aftersales.bpm.notification;

import static com.aftersales.bpm.common.Groups.PARTS_COORDINATOR;
import static com.aftersales.bpm.common.Groups.SERVICE_ADVISOR;
import static com.aftersales.bpm.common.Groups.SERVICE_MANAGER;
import static com.aftersales.bpm.support.SentMail.priorityHeaders;
import static com.aftersales.bpm.support.SentMail.recipients;
import static com.aftersales.bpm.support.SurveyJson.survey;

import com.aftersales.bpm.support.AppStart;
import com.aftersales.bpm.support.Http;
import com.aftersales.bpm.support.SentMail;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 13: notifications reach people by e-mail (a real SMTP server, GreenMail) and the chat robot
 * of each group they name (a real HTTP receiver; ADR 34: no other group's chat), after the case's step committed, once per notification, and a mail
 * server outage never rolls a case back: the delivery is retried and ends as an incident. A red
 * score's alert is urgent (SPEC 1.1: to phones at once): high-priority mail, the robot mentions
 * everyone; a yellow one is an ordinary message.
 */
class NotificationDeliveryTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  private static final ObjectMapper JSON = new ObjectMapper();

  static RobotReceiver robot;
  static ConfigurableApplicationContext app;
  static Http http;
  static RuntimeService runtime;
  static TaskService tasks;
  static ManagementService management;

  @BeforeAll
  static void start() {
    robot = new RobotReceiver();
    app = AppStart.start("default", "notificationDelivery", "demo",
        "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + ServerSetupTest.SMTP.getPort(),
        "--aftersales.notification.webhooks=" + robot.setting(SERVICE_MANAGER, SERVICE_ADVISOR, PARTS_COORDINATOR));
    http = new Http(((WebServerApplicationContext) app).getWebServer().getPort());
    runtime = app.getBean(RuntimeService.class);
    tasks = app.getBean(TaskService.class);
    management = app.getBean(ManagementService.class);
    IdentityService identity = app.getBean(IdentityService.class);
    User second = identity.newUser("manager2");
    second.setEmail("manager2@example.com");
    identity.saveUser(second);
    identity.createMembership("manager2", SERVICE_MANAGER);
  }

  @AfterAll
  static void stop() {
    app.close();
    robot.close();
  }

  @Test
  void aRedScoreEmailsEveryServiceManagerAndPostsTheRobotMessageOnce() throws Exception {
    String rescue = intake("MAIL-RED-1", 2);
    Assertions.assertThat(sent()).as("nothing is sent inside the intake's transaction").isEmpty();
    int robotBefore = robot.accepted(SERVICE_MANAGER).size();
    int advisorsBefore = robot.accepted(SERVICE_ADVISOR).size();

    deliver(rescue);

    Assertions.assertThat(sent()).as("a mail of their own for each manager").hasSize(2)
        .map(SentMail::recipients).containsExactlyInAnyOrder(List.of("manager@example.com"), List.of("manager2@example.com"));
    MimeMessage mail = sent().get(0);
    Assertions.assertThat(mail.getSubject()).as("SPEC 1.1: red is urgent, and says so first").startsWith("[紧急 URGENT] ")
        .contains("王先生");
    Assertions.assertThat(priorityHeaders(mail)).as("the high-priority headers mail programs and phones show")
        .containsExactly("1 (Highest)", "High", "urgent");
    Assertions.assertThat(robot.accepted(SERVICE_MANAGER)).hasSize(robotBefore + 1);
    Assertions.assertThat(robot.accepted(SERVICE_ADVISOR)).as("a red score is the managers' alone").hasSize(advisorsBefore);
    JsonNode robotMessage = JSON.readTree(robot.accepted(SERVICE_MANAGER).get(robotBefore));
    Assertions.assertThat(robotMessage.at("/text/content").asText()).startsWith("[紧急 URGENT] ").contains("王先生",
        "MAIL-RED-1");
    Assertions.assertThat(robotMessage.at("/text/mentioned_list").toString()).as("WeCom: everyone's phone")
        .isEqualTo("[\"@all\"]");
    Assertions.assertThat(robotMessage.at("/at/isAtAll").asBoolean()).as("DingTalk: everyone's phone").isTrue();

    HttpResponse<String> repeat = http.postJson("integration", "/api/nps-responses",
        survey("MAIL-RED-1", 2, answeredAt));
    Assertions.assertThat(repeat.statusCode()).isEqualTo(200);
    deliverAll();
    Assertions.assertThat(sent()).as("a repeated survey sends nothing more").hasSize(2);
    Assertions.assertThat(robot.accepted(SERVICE_MANAGER)).hasSize(robotBefore + 1);
  }

  @Test
  void aYellowScoreReachesTheServiceManagerTooAsAnOrdinaryMessage() throws Exception {
    int robotBefore = robot.accepted(SERVICE_MANAGER).size();
    int advisorsBefore = robot.accepted(SERVICE_ADVISOR).size();
    deliver(intake("MAIL-YELLOW-1", 5));

    Assertions.assertThat(sent().stream().flatMap(m -> recipients(m).stream()))
        .contains("manager@example.com", "advisor@example.com");
    MimeMessage mail = sent().get(0);
    Assertions.assertThat(mail.getSubject()).doesNotContain("URGENT").contains("王先生");
    Assertions.assertThat(priorityHeaders(mail)).as("SPEC 1.1: yellow is a message").containsOnlyNulls();
    Assertions.assertThat(robot.accepted(SERVICE_ADVISOR)).as("each group named hears it in its own chat")
        .hasSize(advisorsBefore + 1).element(advisorsBefore).asString().contains("MAIL-YELLOW-1");
    Assertions.assertThat(robot.accepted(PARTS_COORDINATOR)).as("no other group's chat hears of a rescue").isEmpty();
    JsonNode robotMessage = JSON.readTree(robot.accepted(SERVICE_MANAGER).get(robotBefore));
    Assertions.assertThat(robotMessage.at("/text/content").asText()).contains("MAIL-YELLOW-1").doesNotContain("URGENT");
    Assertions.assertThat(robotMessage.at("/text").has("mentioned_list")).as("nobody is @-mentioned").isFalse();
    Assertions.assertThat(robotMessage.has("at")).isFalse();
  }

  @Test
  void withTheMailServerDownTheCaseGoesOnAndTheDeliveryEndsAsAnIncidentThenSendsOnce() throws Exception {
    smtp.stop();
    String rescue = intake("MAIL-DOWN-1", 1);
    Assertions.assertThat(tasks.createTaskQuery().processInstanceId(rescue).taskDefinitionKey("Task_FirstContact")
        .count()).as("the rescue reaches the first contact").isEqualTo(1);

    Job delivery = notificationJob(rescue);
    double failedBefore = mailFailures();
    int attempts = 0;
    for (; attempts < 10 && job(delivery).getRetries() > 0; attempts++) {
      Assertions.assertThatThrownBy(() -> management.executeJob(delivery.getId())).isNotNull();
    }
    Assertions.assertThat(runtime.createIncidentQuery().processInstanceId(rescue).list())
        .as("every retry failed: an incident on the case").hasSize(1);
    Assertions.assertThat(mailFailures()).as("monitoring counts each failed attempt")
        .isEqualTo(failedBefore + attempts);
    Assertions.assertThat(job(delivery).getExceptionMessage()).isNotBlank();

    smtp.start();
    management.setJobRetries(delivery.getId(), 1);
    management.executeJob(delivery.getId());

    Assertions.assertThat(sent()).as("exactly one e-mail to each of the two managers").hasSize(2);
    Assertions.assertThat(runtime.createIncidentQuery().processInstanceId(rescue).count()).isZero();
  }

  @Test
  void aDeliveryInterruptedAfterTheMailWentOutDoesNotSendItAgainOnRetry() throws Exception {
    String rescue = intake("MAIL-RETRY-1", 2);
    Job delivery = notificationJob(rescue);
    int robotBefore = robot.accepted(SERVICE_MANAGER).size();
    robot.refuseNext(SERVICE_MANAGER, 1);

    Assertions.assertThatThrownBy(() -> management.executeJob(delivery.getId()))
        .as("the mail went out, then the robot refused: the job fails").isNotNull();
    Assertions.assertThat(sent()).hasSize(2);

    management.executeJob(delivery.getId());

    Assertions.assertThat(sent()).as("the retry skips the mails already sent").hasSize(2);
    Assertions.assertThat(robot.accepted(SERVICE_MANAGER)).hasSize(robotBefore + 1);
  }

  /** What Prometheus scrapes as {@code aftersales_notifications_failed_total{channel="mail"}}. */
  private static double mailFailures() {
    return app.getBean(MeterRegistry.class).get(NotificationDispatcher.FAILED_METRIC).tag("channel", "mail").counter().count();
  }

  private static Instant answeredAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);

  private static String intake(String surveyId, int score) throws Exception {
    HttpResponse<String> response = http.postJson("integration", "/api/nps-responses", survey(surveyId, score, answeredAt));
    Assertions.assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(surveyId).singleResult().getId();
  }

  /** The job of the responder's notification (the task runs after the intake's transaction). */
  private static Job notificationJob(String processInstanceId) {
    Job job = management.createJobQuery().processInstanceId(processInstanceId).activityId("Task_NotifyResponder").singleResult();
    Assertions.assertThat(job).as("the notification waits for its own job").isNotNull();
    return job;
  }

  private static Job job(Job job) {
    return management.createJobQuery().jobId(job.getId()).singleResult();
  }

  private static void deliver(String processInstanceId) {
    management.executeJob(notificationJob(processInstanceId).getId());
  }

  private static void deliverAll() {
    management.createJobQuery().executable().list().stream()
        .filter(j -> j.getExceptionMessage() == null)
        .forEach(j -> management.executeJob(j.getId()));
  }

  private static List<MimeMessage> sent() {
    return SentMail.of(smtp);
  }
}
