package com.aftersales.bpm.redalert;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import com.aftersales.bpm.notification.Notification;
import com.aftersales.bpm.support.ProcessTestSupport;
import com.aftersales.bpm.support.RedAlertDriver;
import com.aftersales.bpm.support.RedAlertModels;
import java.util.Date;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * SPEC 5: marketing joins the joint decision when media are involved, as a fourth party under the
 * parties' rules (the same form and due date, the window's take-over), and the alert's compensation
 * then carries public-opinion risk (compensationApproval: above 2,000 the regional manager).
 * Without media the three parties decide as in {@link RedAlertProcessTest}, which covers the rest.
 */
class RedAlertMediaProcessTest extends RedAlertModels {

  private static final List<String> THREE = List.of("Task_SalesDecides", "Task_DeliveryDecides", "Task_ServiceDecides");
  private static final List<String> FOUR = List.of("Task_SalesDecides", "Task_DeliveryDecides", "Task_ServiceDecides",
      "Task_MarketingDecides");

  @RegisterExtension
  static final ProcessTestSupport engine = ProcessTestSupport.coverageRecorded();

  @Test
  void withMediaMarketingIsAFourthPartyAndTheDecisionWaitsForIt() {
    RedAlertDriver a = RedAlertDriver.raiseWithMedia("RA-MEDIA", FOUND, FOUND.plusSeconds(60), "NONE", "MINOR");
    assertThat(a.alert).isWaitingAt("Task_SalesDecides", "Task_DeliveryDecides", "Task_ServiceDecides",
        "Task_MarketingDecides");
    assertThat(a.task("Task_MarketingDecides")).hasCandidateGroup("marketing")
        .hasName("Marketing: confirm or change the tiers / 市场:确认或调整分层方案");
    Assertions.assertThat(a.task("Task_MarketingDecides").getDueDate()).as("due with the others: decisionDue")
        .isEqualTo(Date.from(FOUND.plusSeconds(1800))).isEqualTo(a.task("Task_SalesDecides").getDueDate());
    Assertions.assertThat(a.tasks("Task_MarketingDecides").get(0).getCamundaFormRef().getKey())
        .as("the parties' form").isEqualTo("Form_RedAlertJointDecision");
    Assertions.assertThat(a.runAsyncJobs()).isEqualTo(1);
    Assertions.assertThat(engine.notifications().all()).singleElement().satisfies(n -> {
      Assertions.assertThat(n.recipient()).isEqualTo("sales,delivery,service-manager,marketing");
      Assertions.assertThat(n.message())
          .contains("Sales, delivery, service and marketing (media are involved)", "四方");
    });

    a.advanceTo(a.minutes(10));
    for (String party : THREE) {
      a.decide(party, List.of("O-01"), List.of("O-02"), List.of());
    }
    assertThat(a.alert).as("the three are not enough").isWaitingAt("Task_MarketingDecides")
        .hasNotPassed("EndEvent_DecidedByParties", "Task_RecordDecision");

    a.advanceTo(a.minutes(25));
    // marketing moves the minor car to a delay: the last party's tiers stand
    a.decide("Task_MarketingDecides", List.of("O-01"), List.of(), List.of("O-02"));
    assertThat(a.alert).hasPassed("Task_MarketingDecides", "Gateway_JoinParties", "EndEvent_DecidedByParties",
        "Task_RecordDecision").hasNotPassed("Task_TakeDecisionOver");
    Assertions.assertThat(a.variable("decidedBy")).isEqualTo("PARTIES");
    Assertions.assertThat(a.variable("decisionMinutes")).isEqualTo(25L);
    Assertions.assertThat(taskService().getVariable(a.task("Task_OfferOptions", "O-02").getId(), "tier"))
        .isEqualTo("DELAY");
  }

  @Test
  void withoutMediaOnlyTheThreeDecideAndNobodyTellsMarketing() {
    onlyTheThreeDecide(RedAlertDriver.raise("RA-NO-MEDIA", FOUND, FOUND.plusSeconds(60), "NONE"));
  }

  /** Started over the Java API (as over /engine-rest) without mediaInvolved: absent means no media. */
  @Test
  void anAlertThatDoesNotSayIsDecidedByTheThreeWithoutMedia() {
    onlyTheThreeDecide(RedAlertDriver.raiseWithoutMediaSaid("RA-NO-FLAG", FOUND, FOUND.plusSeconds(60), "NONE"));
  }

  private static void onlyTheThreeDecide(RedAlertDriver a) {
    assertThat(a.alert).isWaitingAt("Task_SalesDecides", "Task_DeliveryDecides", "Task_ServiceDecides")
        .isNotWaitingAt("Task_MarketingDecides");
    Assertions.assertThat(a.variable("mediaInvolved")).isEqualTo(false);
    a.runAsyncJobs();
    Assertions.assertThat(engine.notifications().all()).singleElement()
        .extracting(Notification::recipient).isEqualTo("sales,delivery,service-manager");
    for (String party : THREE) {
      a.decide(party, List.of("O-01"), List.of(), List.of());
    }
    assertThat(a.alert).hasPassed("Gateway_MarketingSettled", "EndEvent_DecidedByParties")
        .hasNotPassed("Task_MarketingDecides");
    Assertions.assertThat(historyService().createHistoricTaskInstanceQuery().processInstanceId(a.alert.getId())
        .taskDefinitionKey("Task_MarketingDecides").count()).isZero();
  }

  @Test
  void aMissedWindowWithMediaIsTakenOverAndAllFourPartyTasksEnd() {
    RedAlertDriver a = RedAlertDriver.raiseWithMedia("RA-MEDIA-LATE", FOUND, FOUND.plusSeconds(60), "NONE", "MINOR");
    a.advanceTo(a.minutes(31));
    execute(a.timer("StartEvent_WindowMissed"));
    assertThat(a.alert).isWaitingAt("Task_SalesDecides", "Task_DeliveryDecides", "Task_ServiceDecides",
        "Task_MarketingDecides", "Task_TakeDecisionOver");

    a.advanceTo(a.minutes(45));
    a.decide("Task_TakeDecisionOver", List.of("O-01"), List.of("O-02"), List.of());
    assertThat(a.alert).hasPassed("Event_ManagersDecided", "Task_RecordDecision")
        .hasNotPassed("EndEvent_DecidedByParties");
    for (String party : FOUR) {
      Assertions.assertThat(a.tasks(party)).as(party + " ends with the take-over").isEmpty();
    }
    Assertions.assertThat(a.variable("decidedBy")).isEqualTo("MANAGERS");
    Assertions.assertThat(a.variable("decidedInWindow")).isEqualTo(false);
  }

  @Test
  void marketingsPlanIsCheckedLikeTheOthers() {
    RedAlertDriver a = RedAlertDriver.raiseWithMedia("RA-MEDIA-BAD", FOUND, FOUND.plusSeconds(60), "NONE", "MINOR");
    Assertions.assertThatThrownBy(() -> a.decide("Task_MarketingDecides", List.of("O-01"), List.of(), List.of()))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("O-02 has no tier");
    assertThat(a.alert).isWaitingAt("Task_MarketingDecides");
  }

  @Test
  void withMediaACompensationAboveTwoThousandGoesToTheRegionalManager() {
    RedAlertDriver a = choiceOfferedWith(true, "RA-MEDIA-COMP");
    a.offer("O-01", "ACCEPT", 2500L, "the press asked about the tailgate");
    assertThat(a.task("Task_ApproveCompensation")).hasCandidateGroup("regional-manager");
    Assertions.assertThat(taskService().getVariable(a.task("Task_ApproveCompensation").getId(), "approvalLevel"))
        .isEqualTo("REGIONAL_MANAGER");
  }

  @Test
  void withoutMediaTheSameCompensationGoesToTheServiceManagerAsBefore() {
    RedAlertDriver a = choiceOfferedWith(false, "RA-PLAIN-COMP");
    a.offer("O-01", "ACCEPT", 2500L, "asks for more");
    assertThat(a.task("Task_ApproveCompensation")).hasCandidateGroup("service-manager");
  }

  @Test
  void withMediaACompensationWithinTheTiersAuthorityIsStillApprovedAutomatically() {
    RedAlertDriver a = choiceOfferedWith(true, "RA-MEDIA-AUTO");
    a.offer("O-01", "ACCEPT", 2000L, "fine with the package");
    assertThat(a.alert).hasPassed("Task_CheckCompensation").hasNotPassed("Task_ApproveCompensation");
    Assertions.assertThat(a.tasks("Task_DeliverCar")).hasSize(1);
  }

  /** One car with a minor issue (the choice tier, authority 2,000), decided by every party, at its offer. */
  private static RedAlertDriver choiceOfferedWith(boolean media, String alertId) {
    RedAlertDriver a = media ? RedAlertDriver.raiseWithMedia(alertId, FOUND, FOUND.plusSeconds(60), "MINOR")
        : RedAlertDriver.raise(alertId, FOUND, FOUND.plusSeconds(60), "MINOR");
    for (String party : media ? FOUR : THREE) {
      a.decide(party, List.of(), List.of("O-01"), List.of());
    }
    assertThat(a.alert).isWaitingAt("Task_OfferOptions");
    return a;
  }
}
