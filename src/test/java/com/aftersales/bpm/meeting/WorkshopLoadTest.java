package com.aftersales.bpm.meeting;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import com.aftersales.bpm.common.CentreTimeZone;
import com.aftersales.bpm.common.StaffWords;
import com.aftersales.bpm.meeting.CapabilityReport.PromiseFigures;
import com.aftersales.bpm.meeting.CapabilityReport.WaitingPart;
import com.aftersales.bpm.meeting.CapabilityReport.Workshop;
import com.aftersales.bpm.support.PartsModels;
import com.aftersales.bpm.support.PartsOrderDriver;
import com.aftersales.bpm.support.ProcessTestSupport;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * SPEC 6 (seed 002): the capability report says whether the service centre can take urgent
 * repairs. The workshop's figures come from the parts orders as they run: the same-day repairs
 * whose part is here, those past their 8-hour window, and the parts due within a week.
 */
class WorkshopLoadTest extends PartsModels {

  @RegisterExtension
  static final ProcessTestSupport engine = ProcessTestSupport.coverageRecorded();

  @Test
  void theWorkshopCountsItsSameDayRepairsThoseLateAndThePartsDueWithinAWeek() {
    PartsOrderDriver early = waitingForItsPart("RO-WS-1");
    PartsOrderDriver later = waitingForItsPart("RO-WS-2");
    PartsOrderDriver stillWaiting = waitingForItsPart("RO-WS-3");
    early.advanceTo(early.at(1));
    early.partArrives();
    later.advanceTo(early.at(1).plus(Duration.ofHours(5)));
    later.partArrives();
    Instant now = early.at(1).plus(Duration.ofHours(9));
    later.advanceTo(now);
    assertThat(early.order).isWaitingAt("Task_Repair");
    assertThat(stillWaiting.order).isNotWaitingAt("Task_Repair");
    LocalDate today = LocalDate.ofInstant(now, java.time.ZoneOffset.UTC);

    Workshop workshop = new WorkshopLoad(taskService(), new CentreTimeZone("UTC")).now(now,
        List.of(part("RO-WS-3", today.plusDays(7)), part("RO-X", today.plusDays(8)), part("RO-Y", null)));

    Assertions.assertThat(workshop).as("two repairs waiting, the first past its 8 h; one part due by the 7th day")
        .isEqualTo(new Workshop(2, 1, 1, 7));
    CapabilityReport report = new CapabilityReport("2026-03", now, List.of(), workshop, List.of(), List.of(),
        new PromiseFigures(0, 0, 0, 0, 0, 0, 0, 0), 0);
    Assertions.assertThat(CapabilityWords.of(report, new StaffWords())).contains("Workshop now / 车间当前: "
        + "same-day repairs waiting / 待当天维修 2 (past their window / 已超时 1) · parts due within 7 days / 7天内预计到货 1");
  }

  private static PartsOrderDriver waitingForItsPart(String repairOrderId) {
    ClockUtil.setCurrentTime(java.util.Date.from(DAY0));
    PartsOrderDriver o = PartsOrderDriver.report(repairOrderId, DAY0, "MINOR", false);
    o.setExpectation("2026-03-09");
    return o;
  }

  private static WaitingPart part(String repairOrderId, LocalDate eta) {
    return new WaitingPart(repairOrderId, "P-1", "Heat pump", "L3", DAY0, eta, "2026-03-09", 1);
  }
}
