package com.aftersales.bpm.promise;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import com.aftersales.bpm.promise.PromiseModel;

import com.aftersales.bpm.common.StaffWords;
import com.aftersales.bpm.notification.Notification;
import com.aftersales.bpm.support.Notifications;
import com.aftersales.bpm.support.ProcessTestBeans;
import com.aftersales.bpm.support.RecordingNotifications;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path of customerPromiseChecklist on the in-memory engine, with the real model bean over the
 * real customer_promise table (created in the engine's database from migration V7).
 */
@Deployment(resources = {"processes/customer-promise-checklist.bpmn", "processes/promise-policy.dmn"})
class CustomerPromiseChecklistProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.Companion.builder()
      .assertClassCoverageAtLeast(0.9).build();

  private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
  private RecordingNotifications notifications;
  private CustomerPromiseTable table;

  @BeforeEach
  void setUp() throws IOException {
    init(engine.getProcessEngine());
    ClockUtil.setCurrentTime(Date.from(NOW));
    notifications = ProcessTestBeans.register();
    JdbcTemplate jdbc = new JdbcTemplate(((ProcessEngineConfigurationImpl) engine.getProcessEngine()
        .getProcessEngineConfiguration()).getDataSource());
    jdbc.execute("DROP TABLE IF EXISTS customer_promise");
    for (String statement : migration().split(";")) {
      if (!statement.isBlank()) {
        jdbc.execute(statement);
      }
    }
    table = new CustomerPromiseTable(jdbc);
    Mocks.register("customerPromises", new CustomerPromises(table, new StaffWords(), "UTC"));
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    Mocks.reset();
    reset();
  }

  @Test
  void standardPromisesAreRecordedAtOnceAndTheChecklistEnds() {
    ProcessInstance checklist = start("CL-P-1", item(PromiseKind.FREE_SERVICE, "first maintenance free", "300"),
        item(PromiseKind.SERVICE, "free pick-up", "1000"));

    assertThat(checklist).isEnded().hasPassed("EndEvent_PromiseRecorded", "EndEvent_ChecklistChecked")
        .hasNotPassed("Task_PreApprovePromise");
    Assertions.assertThat(table.ofChecklist("CL-P-1")).extracting(CustomerPromise::policy, CustomerPromise::state)
        .containsExactly(Assertions.tuple("STANDARD", PromiseState.RECORDED), Assertions.tuple("STANDARD", PromiseState.RECORDED));
    Assertions.assertThat(notifications.all()).isEmpty();
  }

  @Test
  void aSpecialPromiseWaitsForTheServiceManagerWhoApprovesItAndSalesIsTold() {
    ProcessInstance checklist = start("CL-P-2", item(PromiseKind.FREE_SERVICE, "first maintenance free", "300"),
        item(PromiseKind.TIME, "any part within 24 hours", "0"));

    Task approval = task("Task_PreApprovePromise", checklist);
    assertThat(approval).hasCandidateGroup("service-manager").hasDueDate(Date.from(NOW.minus(Duration.ofHours(1))
        .plus(Duration.ofDays(1))));
    Assertions.assertThat(taskService().getVariable(approval.getId(), "promiseInWords")).asString()
        .contains("Time promise / 时间承诺: any part within 24 hours").contains("Awaiting the service manager's approval");
    Assertions.assertThat(taskService().getVariable(approval.getId(), "customerPromisesInWords")).asString()
        .contains("first maintenance free").contains("any part within 24 hours");
    Assertions.assertThat(states("CL-P-2")).containsExactly(PromiseState.RECORDED, PromiseState.AWAITING_APPROVAL);

    complete(approval, Map.of("promiseDecision", "APPROVED", "promiseDecisionReason", "stocked locally"));
    Assertions.assertThat(states("CL-P-2")).containsExactly(PromiseState.RECORDED, PromiseState.APPROVED);
    assertThat(checklist).isNotEnded();
    Notifications.deliverAll(checklist);

    assertThat(checklist).isEnded().hasPassed("Task_RecordPromiseDecision", "Task_NotifySalesAdvisor",
        "EndEvent_SalesAdvisorNotified", "EndEvent_PromiseDecided", "EndEvent_PromiseRecorded");
    Assertions.assertThat(notifications.all()).extracting(Notification::recipient).containsExactly("sales.li");
    Assertions.assertThat(notifications.all().get(0).subject()).contains("Approved / 已批准").contains("SO-CL-P-2");
    Assertions.assertThat(notifications.all().get(0).message()).contains("any part within 24 hours")
        .contains("stocked locally");
    Assertions.assertThat(table.ofChecklist("CL-P-2").get(1).decidedAt()).isEqualTo(NOW);
  }

  @Test
  void aChangedPromiseKeepsTheManagersTextAndARefusedOneIsNotOpen() {
    ProcessInstance checklist = start("CL-P-3", item(PromiseKind.SERVICE, "lifetime free maintenance", "8000"),
        item(PromiseKind.PRICE, "20% off every repair", "2000"), item(PromiseKind.OTHER, "free charging card", "0"));
    List<Task> approvals = taskQuery().processInstanceId(checklist.getId()).list();
    Assertions.assertThat(approvals).hasSize(3);
    Assertions.assertThat(taskService().getVariable(approvals.get(0).getId(), "promiseDecision"))
        .as("nothing pre-selected").isNull();

    Task lifetime = approval(approvals, "CL-P-3#1");
    Task price = approval(approvals, "CL-P-3#2");
    Task card = approval(approvals, "CL-P-3#3");

    complete(lifetime, Map.of("promiseDecision", "CHANGED", "promiseDecisionReason",
        "we keep the first three services free", "changedPromise", "first three services free"));
    Assertions.assertThat(taskService().getVariable(price.getId(), "promiseDecision"))
        .as("one promise's choice is not another's").isNull();
    complete(price, Map.of("promiseDecision", "REFUSED", "promiseDecisionReason", "price promises are not ours to give"));
    complete(card, Map.of("promiseDecision", "APPROVED", "promiseDecisionReason", "ok"));
    Notifications.deliverAll(checklist);

    assertThat(checklist).isEnded();
    Assertions.assertThat(states("CL-P-3")).containsExactly(PromiseState.CHANGED, PromiseState.REFUSED, PromiseState.APPROVED);
    CustomerPromise changed = table.ofChecklist("CL-P-3").get(0);
    Assertions.assertThat(changed.promised()).isEqualTo("first three services free");
    String open = new CustomerPromises(table, new StaffWords(), "UTC").openInWords("C-CL-P-3");
    Assertions.assertThat(open).contains("first three services free").contains("free charging card")
        .doesNotContain("20% off").doesNotContain("lifetime free maintenance");
    Assertions.assertThat(notifications.all()).hasSize(3);
  }

  @Test
  void aPromisePastItsLastDayIsNoLongerOpen() {
    start("CL-P-4", new CustomerPromiseChecklist.Item(PromiseKind.FREE_SERVICE, "free wash", new BigDecimal("50"),
        LocalDate.of(2026, 11, 22)));

    Assertions.assertThat(new CustomerPromises(table, new StaffWords(), "UTC").openInWords("C-CL-P-4"))
        .isEqualTo("No open sales promises / 无未兑现的销售承诺");
  }

  private ProcessInstance start(String checklistId, CustomerPromiseChecklist.Item... items) {
    CustomerPromiseChecklist checklist = new CustomerPromiseChecklist(checklistId, "C-" + checklistId, "SO-" + checklistId,
        NOW.minus(Duration.ofHours(1)).atOffset(ZoneOffset.ofHours(8)), List.of(items));
    table.insert(checklist);
    return runtimeService().createProcessInstanceByKey(PromiseModel.PROCESS).businessKey(checklistId)
        .setVariables(CustomerPromiseService.variables(checklist, "sales.li")).execute();
  }

  private static CustomerPromiseChecklist.Item item(PromiseKind kind, String description, String value) {
    return new CustomerPromiseChecklist.Item(kind, description, new BigDecimal(value), null);
  }

  private Task approval(List<Task> approvals, String itemId) {
    return approvals.stream().filter(t -> itemId.equals(taskService().getVariable(t.getId(), "promiseItemId")))
        .findFirst().orElseThrow();
  }

  private List<PromiseState> states(String checklistId) {
    return table.ofChecklist(checklistId).stream().map(CustomerPromise::state).toList();
  }

  private static String migration() throws IOException {
    try (InputStream in = CustomerPromiseChecklistProcessTest.class.getResourceAsStream(
        "/db/migration/V7__customer_promises.sql")) {
      String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return sql.replaceAll("(?m)^\\s*--.*$", "");
    }
  }
}
