package com.aftersales.bpm.notification;

import static com.aftersales.bpm.common.Groups.SERVICE_MANAGER;
import static com.aftersales.bpm.support.SurveyJson.survey;

import com.aftersales.bpm.support.StartedApp;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Nothing lost" for e-mail: a red score's alert goes to every service manager, and the mail
 * server refuses one of them (a colleague who left: {@code 550 no such mailbox}). One mail to all
 * of them was refused whole on every retry, so no manager was ever told. Each manager gets a mail
 * of their own: the others are told at once and once, and only the refused mailbox is retried
 * until the incident shows it.
 */
class MailRecipientRefusedTest {

  private static final String LEFT = "left@example.com";

  static RefusingMailServer smtp;
  static StartedApp app;

  @BeforeAll
  static void start() {
    smtp = new RefusingMailServer(LEFT);
    app = StartedApp.start("default", "mailRecipientRefused", "demo",
        "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.port());
    IdentityService identity = app.bean(IdentityService.class);
    User left = identity.newUser("managerLeft");
    left.setEmail(LEFT);
    identity.saveUser(left);
    identity.createMembership("managerLeft", SERVICE_MANAGER);
    User twin = identity.newUser("managerDuty"); // the manager's mailbox again, spelt in capitals
    twin.setEmail(" Manager@Example.COM");
    identity.saveUser(twin);
    identity.createMembership("managerDuty", SERVICE_MANAGER);
  }

  @AfterAll
  static void stop() throws Exception {
    app.close();
    smtp.close();
  }

  @Test
  void oneRefusedMailboxDoesNotKeepTheAlertFromTheOtherManagersNorSendsThemASecondCopy() throws Exception {
    int before = smtp.reached().size();
    HttpResponse<String> intake = app.http().postJson("integration", "/api/nps-responses",
        survey("MAIL-REFUSED-1", 2, Instant.now().truncatedTo(ChronoUnit.SECONDS)));
    Assertions.assertThat(intake.statusCode()).as(intake.body()).isEqualTo(201);
    String rescue = app.runtime().createProcessInstanceQuery().processInstanceBusinessKey("MAIL-REFUSED-1").singleResult().getId();
    Job delivery = app.management().createJobQuery().processInstanceId(rescue).activityId("Task_NotifyResponder").singleResult();

    Assertions.assertThatThrownBy(() -> app.management().executeJob(delivery.getId()))
        .as("the refused mailbox fails the delivery").hasStackTraceContaining(LEFT);
    Assertions.assertThat(smtp.reached()).as("every other manager is told at once").contains("manager@example.com")
        .doesNotContain(LEFT);
    List<String> told = smtp.reached();
    Assertions.assertThat(told.subList(before, told.size()).stream().filter("manager@example.com"::equalsIgnoreCase))
        .as("one mailbox, one mail, however its address is spelt").hasSize(1);

    for (int attempt = 0; attempt < 10 && job(delivery).getRetries() > 0; attempt++) {
      Assertions.assertThatThrownBy(() -> app.management().executeJob(delivery.getId())).isNotNull();
    }
    Assertions.assertThat(smtp.reached()).as("a retry sends the others no second copy").isEqualTo(told);
    Assertions.assertThat(app.runtime().createIncidentQuery().processInstanceId(rescue).list())
        .as("the refused mailbox ends as an incident on the case").hasSize(1);
    Assertions.assertThat(job(delivery).getExceptionMessage()).contains(LEFT);
  }

  /**
   * A mail server that took the mail but whose answer never came (the connection dropped): the
   * retry sends it again, as nobody can tell it arrived, with the same Message-ID, by which a
   * mail server or program that drops repeats (ADR 47) knows it for the same mail.
   */
  @Test
  void aMailWhoseAnswerWasLostIsSentAgainWithTheSameMessageId() throws Exception {
    smtp.loseAnswerOnce("manager@example.com");
    int before = smtp.accepted().size();
    HttpResponse<String> intake = app.http().postJson("integration", "/api/nps-responses",
        survey("MAIL-LOST-ANSWER-1", 2, Instant.now().truncatedTo(ChronoUnit.SECONDS)));
    Assertions.assertThat(intake.statusCode()).as(intake.body()).isEqualTo(201);
    String rescue = app.runtime().createProcessInstanceQuery().processInstanceBusinessKey("MAIL-LOST-ANSWER-1").singleResult()
        .getId();
    Job delivery = app.management().createJobQuery().processInstanceId(rescue).activityId("Task_NotifyResponder").singleResult();

    Assertions.assertThatThrownBy(() -> app.management().executeJob(delivery.getId())).isNotNull();
    Assertions.assertThatThrownBy(() -> app.management().executeJob(delivery.getId())).as("the refused mailbox still fails it")
        .isNotNull();

    List<String> ids = new ArrayList<>();
    for (int i = before; i < smtp.accepted().size(); i++) {
      if (smtp.accepted().get(i).contains("manager@example.com")) {
        ids.add(smtp.messageIds().get(i));
      }
    }
    Assertions.assertThat(ids).as("taken twice, as the first answer was lost").hasSize(2);
    Assertions.assertThat(ids.get(0)).as("the retry's mail is the same mail").isEqualTo(ids.get(1))
        .startsWith("<" + delivery.getId() + ".").endsWith(">");
  }

  private static Job job(Job job) {
    return app.management().createJobQuery().jobId(job.getId()).singleResult();
  }
}
