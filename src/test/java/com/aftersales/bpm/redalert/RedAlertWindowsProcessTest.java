package com.aftersales.bpm.redalert;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import com.aftersales.bpm.notification.Notification;
import com.aftersales.bpm.support.ProcessTestSupport;
import com.aftersales.bpm.support.RedAlertDriver;
import com.aftersales.bpm.support.RedAlertModels;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The red alert's windows come from the table redAlertWindows, not from the model or the code: a
 * supply alert's 48 hours, and a process owner's change to the table moving the parties' due date,
 * the managers' take-over and the waiting customer's progress updates.
 */
class RedAlertWindowsProcessTest extends RedAlertModels {

  @RegisterExtension
  static final ProcessTestSupport engine = ProcessTestSupport.coverageRecorded();

  @Test
  void aSupplyAlertsPlanIsDueWithin48HoursAsTheTableSays() {
    RedAlertDriver a = RedAlertDriver.raiseSupply("RA-SUPPLY", FOUND, FOUND.plusSeconds(60), "L1", "L2");
    Date due = Date.from(FOUND.plus(Duration.ofHours(48)));

    Assertions.assertThat(a.variable("decisionWindow")).isEqualTo("PT48H");
    Assertions.assertThat(a.task("Task_ServiceDecides").getDueDate()).isEqualTo(due);
    Assertions.assertThat(a.timer("StartEvent_WindowMissed").getDuedate()).isEqualTo(due);
    Assertions.assertThat(a.ids("delayOrders")).as("cannot drive: delay with a loaner").containsExactly("R-01");
    Assertions.assertThat(a.ids("choiceOrders")).containsExactly("R-02");
    a.runAsyncJobs();
    Assertions.assertThat(engine.notifications().all()).extracting(Notification::channel)
        .as("48 hours for a plan: a message, not a ring at night").containsExactly("ALERT");
  }

  /** A process owner shortens the window and updates twice a day in Modeler; no code changes. */
  @Test
  void aProcessOwnersChangeToTheTableMovesTheWindowAndTheProgressUpdates() throws IOException {
    String changed = windowsTable().replace("\"PT30M\"", "\"PT15M\"").replace("\"R/P1D\"", "\"R/PT12H\"");
    String deployment = repositoryService().createDeployment().addString("red-alert-windows.dmn", changed)
        .deploy().getId();
    try {
      RedAlertDriver a = RedAlertDriver.raise("RA-OWNER", FOUND, FOUND.plusSeconds(60), "MINOR");
      Assertions.assertThat(a.task("Task_DeliveryDecides").getDueDate()).isEqualTo(Date.from(a.minutes(15)));
      Assertions.assertThat(a.timer("StartEvent_WindowMissed").getDuedate()).isEqualTo(Date.from(a.minutes(15)));

      a.advanceTo(a.minutes(10));
      partiesDecide(a, List.of(), List.of("O-01"), List.of());
      a.offer("O-01", "WAIT", 0L, "waits for a perfect car");
      a.complete(a.task("Task_ArrangeWait", "O-01"), "replacementDate", "2026-03-05", "loanerDays", 3L);
      Assertions.assertThat(a.timer("Timer_ProgressUpdate").getDuedate())
          .isEqualTo(Date.from(a.minutes(10).plus(Duration.ofHours(12))));
    } finally {
      repositoryService().deleteDeployment(deployment, true);
    }
  }

  private static String windowsTable() throws IOException {
    try (InputStream in = RedAlertWindowsProcessTest.class.getResourceAsStream("/processes/red-alert-windows.dmn")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
