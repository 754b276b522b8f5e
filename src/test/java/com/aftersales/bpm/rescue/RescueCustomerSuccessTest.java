package com.aftersales.bpm.rescue;

import static com.aftersales.bpm.rescue.LowScoreRescueProcessTest.NOW;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import com.aftersales.bpm.common.Groups;
import com.aftersales.bpm.notification.Notification;
import com.aftersales.bpm.support.CaseHistoryReaders;
import com.aftersales.bpm.support.ProcessTestSupport;
import com.aftersales.bpm.support.RescueModels;
import com.aftersales.bpm.support.RescueProcessDriver;
import java.math.BigDecimal;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * SPEC 6 (ADR 0031): a customer with a lifetime value over 500,000 CNY has a customer success
 * manager, who hears of the customer's rescue as it starts (the one the CRM names, else the group
 * customer-success) and again if the first contact is late; the rescue goes on either way, without
 * waiting for the delivery. A customer at 500,000 or without a value from the CRM has none. The
 * success manager, and only they, may read the case's history (ADR 0032), until they leave the
 * group: then the group does (ADR 0033).
 */
class RescueCustomerSuccessTest extends RescueModels {

  static final BigDecimal VALUED = new BigDecimal("900000");

  @RegisterExtension
  static final ProcessTestSupport engine = ProcessTestSupport.coverageRecorded().clockAt(NOW)
      .withUser("csmli", Groups.CUSTOMER_SUCCESS).withUser("csmzhou", Groups.CUSTOMER_SUCCESS)
      .withUser("advisorzhao", Groups.SERVICE_ADVISOR).withUser("csmhan", Groups.CUSTOMER_SUCCESS)
      .withUser("csmhan", Groups.SERVICE_ADVISOR).withUser("csmqian", Groups.CUSTOMER_SUCCESS);

  @Test
  void aCustomerOverFiveHundredThousandHasTheNamedManagerToldAndTheRescueGoesOn() {
    RescueProcessDriver r = RescueProcessDriver.start("CSM-1", 2, NOW, new BigDecimal("800000.50"), "csmli");

    assertThat(r.rescue).hasPassed("Task_CheckSuccessManager").variables().containsEntry("successManaged", true);
    assertThat(r.rescue).as("the first contact does not wait for the success manager's notification")
        .isWaitingAt("Task_FirstContact", "Task_NotifyCustomerSuccess", "Task_NotifyResponder");
    r.deliver();

    assertThat(r.rescue).hasPassed("EndEvent_SuccessManagerNotified").isWaitingAt("Task_FirstContact");
    Notification told = toldOfSuccess(engine.notifications().all());
    Assertions.assertThat(told.channel()).isEqualTo("ALERT");
    Assertions.assertThat(told.recipient()).isEqualTo("csmli");
    Assertions.assertThat(told.subject()).isEqualTo("客户成功 Customer success · Grade S / S级 · 王先生 评分 score 2");
    Assertions.assertThat(told.message()).contains("your customer 王先生 (+86 138 0000 0000)")
        .contains("Handled by: Service manager / 服务经理").contains("first contact due by 2026-11-23 19:00");
    Assertions.assertThat(CaseHistoryReaders.of(r.rescue.getId())).as("ADR 0032: only they read its history")
        .containsExactly("user:csmli");
  }

  @Test
  void withoutANamedManagerTheGroupIsTold() {
    RescueProcessDriver r = RescueProcessDriver.start("CSM-2", 5, NOW, new BigDecimal("500000.01"), null).deliver();

    assertThat(r.rescue).hasPassed("Task_NotifyCustomerSuccess").isWaitingAt("Task_FirstContact");
    Assertions.assertThat(toldOfSuccess(engine.notifications().all()).recipient()).isEqualTo("customer-success");
    Assertions.assertThat(CaseHistoryReaders.of(r.rescue.getId())).containsExactly("group:customer-success");
  }

  /** The CRM's data goes stale: a manager who left, or a user who is no customer success manager. */
  @Test
  void aNamedUserWhoIsNoCustomerSuccessManagerGivesWayToTheGroup() {
    for (String named : List.of("left.company", "advisorzhao")) {
      RescueProcessDriver r = RescueProcessDriver.start("CSM-X-" + named, 2, NOW, new BigDecimal("900000"), named)
          .deliver();

      Assertions.assertThat(toldOfSuccess(engine.notifications().all().stream()
          .filter(n -> n.businessKey().equals("CSM-X-" + named)).toList()).recipient())
          .as(named + ": the alert is not lost").isEqualTo("customer-success");
      Assertions.assertThat(CaseHistoryReaders.of(r.rescue.getId())).as(named + " gets no case")
          .containsExactly("group:customer-success");
    }
  }

  @Test
  void aManagerWhoLeavesBeforeTheEscalationLeavesItToTheGroup() {
    RescueProcessDriver r = RescueProcessDriver.start("CSM-7", 2, NOW, new BigDecimal("900000"), "csmzhou").deliver();
    identityService().deleteMembership("csmzhou", Groups.CUSTOMER_SUCCESS);

    escalate(r);

    Assertions.assertThat(engine.notifications().all()).filteredOn(n -> n.subject().startsWith("响应超时"))
        .extracting(Notification::recipient).containsExactly("regional-manager,customer-success");
  }

  @Test
  void aCustomerAtFiveHundredThousandOrWithoutAValueHasNone() {
    for (RescueProcessDriver r : List.of(
        RescueProcessDriver.start("CSM-3", 3, NOW, new BigDecimal("500000"), "csmli").deliver(),
        RescueProcessDriver.start("CSM-4", 3, NOW).deliver())) {
      assertThat(r.rescue).hasPassed("Task_CheckSuccessManager", "Gateway_SuccessManagerChecked")
          .hasNotPassed("Task_NotifyCustomerSuccess").isWaitingAt("Task_FirstContact")
          .variables().containsEntry("successManaged", false);
      Assertions.assertThat(CaseHistoryReaders.of(r.rescue.getId())).as("no success manager reads it").isEmpty();
    }
    Assertions.assertThat(engine.notifications().all()).extracting(Notification::recipient)
        .containsOnly("service-manager");
  }

  @Test
  void aLateFirstContactIsEscalatedToTheSuccessManagerToo() {
    RescueProcessDriver managed = RescueProcessDriver.start("CSM-5", 2, NOW, new BigDecimal("1200000"), "csmli")
        .deliver();
    RescueProcessDriver ordinary = RescueProcessDriver.start("CSM-6", 2, NOW, new BigDecimal("120000"), null)
        .deliver();

    escalate(managed);
    escalate(ordinary);

    Assertions.assertThat(engine.notifications().all()).filteredOn(n -> n.subject().startsWith("响应超时"))
        .extracting(Notification::businessKey, Notification::recipient)
        .containsExactlyInAnyOrder(Assertions.tuple("CSM-5", "regional-manager,csmli"),
            Assertions.tuple("CSM-6", "regional-manager"));
    assertThat(managed.task("Task_HandleMissedResponse")).hasCandidateGroup("regional-manager");
  }

  // ADR 0033: a success manager who leaves the group, or whose user is deleted, hands the cases the
  // CRM gave them to the group, once; an administrator's grant on another case stays theirs.

  @Test
  void aManagerWhoLeavesTheGroupHandsTheirCasesToIt() {
    String first = RescueProcessDriver.start("HAND-1", 2, NOW, VALUED, "csmhan").deliver().rescue.getId();
    String second = RescueProcessDriver.start("HAND-2", 5, NOW, VALUED, " csmhan ").deliver().rescue.getId();
    String notTheirs = RescueProcessDriver.start("HAND-3", 2, NOW).deliver().rescue.getId();
    grant(notTheirs, "csmhan", null);
    Assertions.assertThat(CaseHistoryReaders.of(first)).containsExactly("user:csmhan");
    Assertions.assertThat(CaseHistoryReaders.of(second)).containsExactly("user:csmhan");

    identityService().deleteMembership("csmhan", Groups.SERVICE_ADVISOR);
    Assertions.assertThat(CaseHistoryReaders.of(first)).as("leaving another group moves nothing")
        .containsExactly("user:csmhan");

    identityService().deleteMembership("csmhan", Groups.CUSTOMER_SUCCESS);
    Assertions.assertThat(CaseHistoryReaders.of(first)).containsExactly("group:customer-success");
    Assertions.assertThat(CaseHistoryReaders.of(second)).as("the CRM's spaces around the id")
        .containsExactly("group:customer-success");
    Assertions.assertThat(CaseHistoryReaders.of(notTheirs)).as("an administrator's own grant stays")
        .containsExactly("user:csmhan");
  }

  @Test
  void aCaseTheGroupReadsAlreadyKeepsOneGrant() {
    String managed = RescueProcessDriver.start("HAND-4", 2, NOW, VALUED, "csmhan").deliver().rescue.getId();
    grant(managed, null, Groups.CUSTOMER_SUCCESS);

    identityService().deleteMembership("csmhan", Groups.CUSTOMER_SUCCESS);

    Assertions.assertThat(CaseHistoryReaders.of(managed)).containsExactly("group:customer-success");
  }

  @Test
  void aDeletedManagersCasesGoToTheGroupNotToTheNextUserOfTheId() {
    String managed = RescueProcessDriver.start("HAND-5", 3, NOW, VALUED, "csmqian").deliver().rescue.getId();
    String colleagues = RescueProcessDriver.start("HAND-6", 3, NOW, VALUED, "csmhan").deliver().rescue.getId();

    identityService().deleteUser("csmqian");
    identityService().saveUser(identityService().newUser("csmqian")); // a new employee given the old id

    Assertions.assertThat(CaseHistoryReaders.of(managed)).containsExactly("group:customer-success");
    Assertions.assertThat(CaseHistoryReaders.of(colleagues)).as("a colleague's case stays theirs")
        .containsExactly("user:csmhan");
  }

  private static void grant(String caseId, String userId, String groupId) {
    Authorization grant = authorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setUserId(userId);
    grant.setGroupId(groupId);
    grant.setResource(Resources.HISTORIC_PROCESS_INSTANCE);
    grant.setResourceId(caseId);
    grant.addPermission(HistoricProcessInstancePermissions.READ);
    authorizationService().saveAuthorization(grant);
  }

  private static void escalate(RescueProcessDriver r) {
    Job sla = r.timer("Timer_ResponseSla");
    ClockUtil.setCurrentTime(sla.getDuedate());
    execute(sla);
    r.deliver();
    assertThat(r.rescue).hasPassed("EndEvent_EscalationNotified").isWaitingAt("Task_FirstContact",
        "Task_HandleMissedResponse");
  }

  private static Notification toldOfSuccess(List<Notification> sent) {
    List<Notification> told = sent.stream().filter(n -> n.subject().startsWith("客户成功")).toList();
    Assertions.assertThat(told).hasSize(1);
    return told.get(0);
  }
}
