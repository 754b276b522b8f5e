package com.aftersales.bpm.redalert;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import com.aftersales.bpm.notification.Notification;
import com.aftersales.bpm.support.ProcessTestSupport;
import com.aftersales.bpm.support.RedAlertDriver;
import com.aftersales.bpm.support.RedAlertModels;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A large alert settled within the hour asks every customer to rate us: the notification limit of
 * a case (20 an hour, ADR 24) counts each recipient apart, so the 21st invitation is not held back
 * and no order waits at an incident.
 */
class RedAlertInvitationsTest extends RedAlertModels {

  private static final int ORDERS = 25;

  @RegisterExtension
  static final ProcessTestSupport engine = ProcessTestSupport.coverageRecorded();

  @Test
  void twentyFiveOrdersSettledWithinTheHourAreAllInvited() {
    String[] unaffected = new String[ORDERS];
    Arrays.fill(unaffected, "NONE");
    List<String> all = RedAlertDriver.orderIds(1, ORDERS);
    RedAlertDriver a = RedAlertDriver.raise("RA-BIG", FOUND, FOUND.plusSeconds(5 * 60), unaffected);
    partiesDecide(a, all, List.of(), List.of());
    a.advanceTo(a.minutes(60));
    for (String id : all) {
      a.complete(a.task("Task_DeliverCar", id), "deliveryNote", "delivered as planned");
    }

    Assertions.assertThat(a.runAsyncJobs()).as("the parties' alert and one invitation per order").isEqualTo(ORDERS + 1);
    Assertions.assertThat(engine.notifications().all()).filteredOn(n -> "SURVEY".equals(n.channel()))
        .extracting(Notification::recipient).hasSize(ORDERS).doesNotHaveDuplicates();
    Assertions.assertThat(managementService().createJobQuery().processInstanceId(a.alert.getId()).withException()
        .count()).as("no invitation held back").isZero();
    assertThat(a.alert).isWaitingAt("Task_ThreePartyReview");
  }
}
