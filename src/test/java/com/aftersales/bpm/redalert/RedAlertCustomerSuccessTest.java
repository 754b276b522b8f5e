package com.aftersales.bpm.redalert;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import com.aftersales.bpm.common.Customer;
import com.aftersales.bpm.common.Groups;
import com.aftersales.bpm.notification.Notification;
import com.aftersales.bpm.support.ProcessTestSupport;
import com.aftersales.bpm.support.RedAlertDriver;
import com.aftersales.bpm.support.RedAlertModels;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * SPEC 6 (seed 002, 3.4), ADR 31: a red alert touches the delivery of high-value customers' cars,
 * and each success manager hears, once the parties decided, of their customers' orders and the
 * plan for each: the manager the CRM named, else the group; the table customerSuccess decides per
 * order, so an ordinary customer's order tells nobody. One notification per manager, however many
 * of their customers' cars the alert touches.
 */
class RedAlertCustomerSuccessTest extends RedAlertModels {

  private static final String SUBJECT = "客户成功 Customer success";

  @RegisterExtension
  static final ProcessTestSupport engine = ProcessTestSupport.coverageRecorded()
      .withUser("csmzhou", Groups.CUSTOMER_SUCCESS);

  @Test
  void eachSuccessManagerHearsOfTheirCustomersOrdersAndTheirPlans() {
    RedAlertDriver a = RedAlertDriver.raiseFor("RA-CSM", FOUND, FOUND.plusSeconds(60),
        new Customer("C-01", "王先生", "+86 138 0000 0001", true, new BigDecimal("800000"), "csmzhou"),
        new Customer("C-02", "李女士", "+86 138 0000 0002", true, new BigDecimal("900000.50"), null),
        new Customer("C-03", "张先生", "+86 138 0000 0003", false, new BigDecimal("500000"), "csmzhou"),
        new Customer("C-04", "赵女士", "+86 138 0000 0004", false),
        new Customer("C-05", "钱先生", "+86 138 0000 0005", true, new BigDecimal("600000"), "csmzhou"));

    decideAllChoice(a, 5);

    Assertions.assertThat(a.runAsyncJobs()).as("one notification per success manager").isEqualTo(2);
    List<Notification> told = toldSuccessManagers();
    Assertions.assertThat(told).extracting(Notification::recipient).containsExactlyInAnyOrder("csmzhou", "customer-success");
    Assertions.assertThat(told).filteredOn(n -> n.recipient().equals("csmzhou")).singleElement().satisfies(n -> {
      Assertions.assertThat(n.subject()).contains("RA-CSM");
      Assertions.assertThat(n.message()).contains("Tailgate gap", "王先生 (+86 138 0000 0001), 订单 order O-01",
          "LRW3E7FS0RC000001: The customer chooses / 客户选择方案", "钱先生", "O-05", "Sales is talking to each customer")
          .as("500,000 is not over the threshold; an ordinary customer has none").doesNotContain("张先生", "赵女士", "${");
    });
    Assertions.assertThat(told).filteredOn(n -> n.recipient().equals("customer-success")).singleElement()
        .satisfies(n -> Assertions.assertThat(n.message()).contains("李女士", "O-02").doesNotContain("王先生"));
    Assertions.assertThat(a.tasks("Task_OfferOptions")).as("the conversations did not wait").hasSize(5);
    assertThat(a.alert).hasPassed("Task_NotifyCustomerSuccess", "EndEvent_SuccessManagersNotified");
  }

  /** A fleet customer's 25 cars in one alert: one notification (the case's hourly bound, ADR 24, is 20). */
  @Test
  void aFleetsTwentyFiveCarsAreOneNotification() {
    Customer fleet = new Customer("C-FLEET", "顺达车队", "+86 138 0000 0099", true, new BigDecimal("12000000"), "csmzhou");
    RedAlertDriver a = RedAlertDriver.raiseFor("RA-FLEET", FOUND, FOUND.plusSeconds(60),
        IntStream.range(0, 25).mapToObj(i -> fleet).toArray(Customer[]::new));

    decideAllChoice(a, 25);

    Assertions.assertThat(a.runAsyncJobs()).isEqualTo(1);
    Assertions.assertThat(toldSuccessManagers()).singleElement().satisfies(n -> {
      Assertions.assertThat(n.recipient()).isEqualTo("csmzhou");
      Assertions.assertThat(n.message()).contains("O-01", "O-25");
    });
  }

  @Test
  void noHighValueCustomerTellsNobody() {
    RedAlertDriver a = RedAlertDriver.raiseFor("RA-NO-CSM", FOUND, FOUND.plusSeconds(60),
        new Customer("C-01", "赵女士", "+86 138 0000 0004", false));

    decideAllChoice(a, 1);

    Assertions.assertThat(a.runAsyncJobs()).isZero();
    Assertions.assertThat(toldSuccessManagers()).isEmpty();
    assertThat(a.alert).hasPassed("EndEvent_SuccessManagersNotified");
  }

  private static void decideAllChoice(RedAlertDriver a, int orders) {
    Assertions.assertThat(a.runAsyncJobs()).as("the parties' alert").isEqualTo(1);
    partiesDecide(a, List.of(), RedAlertDriver.orderIds(1, orders), List.of());
  }

  private static List<Notification> toldSuccessManagers() {
    return engine.notifications().all().stream().filter(n -> n.subject().startsWith(SUBJECT)).toList();
  }
}
