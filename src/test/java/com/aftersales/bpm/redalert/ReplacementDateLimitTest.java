package com.aftersales.bpm.redalert;

import static com.aftersales.bpm.support.RedAlertDriver.orderIds;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import com.aftersales.bpm.common.FormRuleViolation;
import com.aftersales.bpm.support.ProcessTestSupport;
import com.aftersales.bpm.support.RedAlertDriver;
import com.aftersales.bpm.support.RedAlertModels;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * SPEC 5, option 2 ("wait 3 days for a replacement car"): the day a waiting customer is promised the
 * replacement is at the latest the alert kind's replacementWithin after today (redAlertWindows: 7 days for
 * a quality alert). A later day, 9999-12-31 included, would switch the replacement's watch off while the
 * daily progress updates ran on until then: it is refused naming the field, and the task stays open.
 */
class ReplacementDateLimitTest extends RedAlertModels {

  @RegisterExtension
  static final ProcessTestSupport engine = ProcessTestSupport.coverageRecorded();

  @Test
  void aReplacementDateBeyondTheTablesLimitIsRefusedAndTheWaitStaysToArrange() {
    RedAlertDriver a = RedAlertDriver.raise("RA-FAR-REPLACEMENT", FOUND, FOUND.plusSeconds(60), "MINOR");
    a.runAsyncJobs();
    partiesDecide(a, List.of(), orderIds(1, 1), List.of());
    a.advanceTo(a.minutes(90)); // 2026-03-01 20:30 in the centre (UTC in the process tests)
    a.offer("O-01", "WAIT", 0L, "wants a perfect car");
    Task arrange = a.task("Task_ArrangeWait", "O-01");
    Assertions.assertThat(a.variable("replacementWithin")).isEqualTo("P7D");

    for (String far : new String[] {"2026-03-09", "2027-03-01", "9999-12-31"}) {
      Assertions.assertThatThrownBy(() -> taskService().complete(arrange.getId(),
              Map.of("replacementDate", far, "loanerDays", 3L)))
          .as(far).rootCause().isInstanceOf(FormRuleViolation.class)
          .hasMessageStartingWith("replacementDate: " + far + " is after 2026-03-08, the latest replacement date the "
              + "red alert's table allows (P7D after today)");
    }
    Assertions.assertThatThrownBy(() -> taskService().complete(arrange.getId(), Map.of("replacementDate", "soon")))
        .rootCause().isInstanceOf(FormRuleViolation.class).hasMessageStartingWith("replacementDate: 'soon' is not a date");
    Assertions.assertThat(a.task("Task_ArrangeWait", "O-01").getId()).as("still to arrange").isEqualTo(arrange.getId());
    assertThat(a.alert).hasNotPassed("Task_ArrangeWait");

    a.complete(arrange, "replacementDate", "2026-03-08", "loanerDays", 7L);
    Assertions.assertThat(a.timer("Timer_ReplacementOverdue").getDuedate()).as("watched to the end of the day promised")
        .isEqualTo(Date.from(Instant.parse("2026-03-09T00:00:00Z")));
  }
}
