package com.aftersales.bpm.redalert;

import static com.aftersales.bpm.support.RedAlertDriver.orderIds;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import com.aftersales.bpm.promise.CustomerPromise;
import com.aftersales.bpm.promise.CustomerPromiseTable;
import com.aftersales.bpm.promise.PromiseState;
import com.aftersales.bpm.support.ProcessTestSupport;
import com.aftersales.bpm.support.RedAlertDriver;
import com.aftersales.bpm.support.RedAlertModels;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The lifetime free repair of an accepted car (ADR 0045) on the plain engine, on the paths the
 * whole-application test does not take: the managers' decision after a missed window approves it in
 * their name, at their decision's time; a supply alert's promise names its part.
 */
class AcceptedCarPromiseProcessTest extends RedAlertModels {

  @RegisterExtension
  static final ProcessTestSupport engine = ProcessTestSupport.coverageRecorded();

  @Test
  void theManagersWhoTookTheDecisionOverApproveIt() {
    RedAlertDriver a = RedAlertDriver.raise("RA-PRM-LATE", FOUND, FOUND.plusSeconds(60), "NONE", "MINOR");
    a.advanceTo(a.minutes(31));
    execute(a.timer("StartEvent_WindowMissed"));
    a.advanceTo(a.minutes(40));
    a.decide("Task_TakeDecisionOver", orderIds(1, 1), orderIds(2, 2), List.of());
    a.advanceTo(a.minutes(90));
    a.offer("O-02", "ACCEPT", 600, "the facts told, the package and the lifetime repair offered");
    a.advanceTo(a.minutes(120));
    a.complete(a.task("Task_DeliverCar", "O-02"), "deliveryNote", "with the package");
    a.complete(a.task("Task_DeliverCar", "O-01"), "deliveryNote", "as planned");

    List<CustomerPromise> promises = promisesOf(a);
    Assertions.assertThat(promises).extracting(CustomerPromise::item, CustomerPromise::customerId,
        CustomerPromise::orderId, CustomerPromise::state).as("the second order of the alert, its customer only")
        .containsExactly(Assertions.tuple(2, "C-02", "O-02", PromiseState.APPROVED));
    CustomerPromise promise = promises.get(0);
    Assertions.assertThat(promise.decisionReason()).contains("RA-PRM-LATE", "Store and regional manager / 店长与区域经理");
    Assertions.assertThat(promise.decidedAt()).as("when the managers decided").isEqualTo(a.minutes(40));
    Assertions.assertThat(promise.recordedAt()).as("when the car was handed over").isEqualTo(a.minutes(120));
    Assertions.assertThat(promise.customerConfirmedAt()).isEqualTo(a.minutes(120));
    Assertions.assertThat(promise.special()).isTrue();
    Assertions.assertThat(promise.madeBeforeApproval()).isFalse();
  }

  @Test
  void aSupplyAlertsPromiseNamesItsPart() {
    RedAlertDriver a = RedAlertDriver.raiseSupply("RA-PRM-SUPPLY", FOUND, FOUND.plusSeconds(60), "L3");
    for (String party : List.of("Task_SalesDecides", "Task_DeliveryDecides", "Task_ServiceDecides")) {
      a.decide(party, List.of(), List.of("R-01"), List.of());
    }
    a.offer("R-01", "ACCEPT", 0, "the car now, the part fitted when it comes");
    a.complete(a.task("Task_DeliverCar", "R-01"), "deliveryNote", "handed over");

    Assertions.assertThat(promisesOf(a)).singleElement().extracting(CustomerPromise::description).asString()
        .contains("Lifetime free repair of the part of red alert RA-PRM-SUPPLY", "P-4711", "out of stock");
  }

  private static List<CustomerPromise> promisesOf(RedAlertDriver a) {
    return new CustomerPromiseTable(new JdbcTemplate(processEngine().getProcessEngineConfiguration().getDataSource()))
        .ofChecklist("red-alert/" + a.alert.getId());
  }
}
