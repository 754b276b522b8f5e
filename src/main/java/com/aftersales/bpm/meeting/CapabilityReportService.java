package com.aftersales.bpm.meeting;

import com.aftersales.bpm.common.CentreTimeZone;
import com.aftersales.bpm.common.StaffWords;
import com.aftersales.bpm.meeting.CapabilityReport.LevelFigures;
import com.aftersales.bpm.meeting.CapabilityReport.PromiseFigures;
import com.aftersales.bpm.meeting.CapabilityReport.WaitingPart;
import com.aftersales.bpm.promise.CustomerPromise;
import com.aftersales.bpm.promise.CustomerPromiseTable;
import com.aftersales.bpm.promise.PromiseState;
import com.aftersales.bpm.report.PartsOrderTable;
import com.aftersales.bpm.report.PartsOrderTable.PartsOrder;
import com.aftersales.bpm.report.RescueCase;
import com.aftersales.bpm.report.RescueCaseTable;
import com.aftersales.bpm.report.Shares;
import com.aftersales.bpm.review.CapabilityBriefing;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import com.aftersales.bpm.engine.EngineClock;
import org.springframework.stereotype.Service;

/**
 * The capability report from what the processes recorded: waiting parts from the running parts
 * orders, the workshop's repairs from their open tasks, the month's orders, rescues and promises from their tables (one indexed range read each).
 */
@Service
public class CapabilityReportService implements CapabilityBriefing {

  private final WaitingParts waitingParts;
  private final WorkshopLoad workshop;
  private final PartsOrderTable orders;
  private final RescueCaseTable rescues;
  private final CustomerPromiseTable promises;
  private final StaffWords words;
  private final CentreTimeZone centre;

  public CapabilityReportService(WaitingParts waitingParts, WorkshopLoad workshop, PartsOrderTable orders,
      RescueCaseTable rescues, CustomerPromiseTable promises, StaffWords words, CentreTimeZone centre) {
    this.waitingParts = waitingParts;
    this.workshop = workshop;
    this.orders = orders;
    this.rescues = rescues;
    this.promises = promises;
    this.words = words;
    this.centre = centre;
  }

  public CapabilityReport forMonth(YearMonth month) {
    CentreTimeZone.Span span = centre.month(month);
    Instant now = EngineClock.instant(); // the engine's clock, as the timers read it
    List<RescueCase> cases = rescues.answeredBetween(span.from(), span.to());
    List<PartsOrder> monthOrders = orders.reportedBetween(span.from(), span.to());
    List<WaitingPart> waiting = waitingParts.now(now);
    return new CapabilityReport(month.toString(), now, waiting, workshop.now(now, waiting), levels(monthOrders, now),
        Shares.byRootCause(cases), promiseFigures(promises.recordedBetween(span.from(), span.to())),
        Shares.salesPromises(cases));
  }

  @Override
  public String inWords(YearMonth month) {
    return CapabilityWords.of(forMonth(month), words);
  }

  private static List<LevelFigures> levels(List<PartsOrder> monthOrders, Instant now) {
    Map<String, List<PartsOrder>> byLevel = new TreeMap<>(monthOrders.stream()
        .collect(Collectors.groupingBy(o -> String.valueOf(o.riskLevel()))));
    return byLevel.entrySet().stream().map(e -> new LevelFigures(e.getKey(), e.getValue().size(),
        (int) e.getValue().stream().filter(o -> o.partArrivedAt() == null).count(),
        e.getValue().stream().filter(o -> o.reportedAt() != null)
            .mapToDouble(o -> Duration.between(o.reportedAt(), o.partArrivedAt() == null ? now : o.partArrivedAt())
                .toHours() / 24.0).map(d -> Math.round(d * 10) / 10.0).boxed().max(Double::compare).orElse(null)))
        .toList();
  }

  static PromiseFigures promiseFigures(List<CustomerPromise> recorded) {
    return new PromiseFigures((int) recorded.stream().map(CustomerPromise::checklistId).distinct().count(),
        recorded.size(), (int) recorded.stream().filter(CustomerPromise::special).count(),
        count(recorded, PromiseState.APPROVED), count(recorded, PromiseState.CHANGED),
        count(recorded, PromiseState.REFUSED), count(recorded, PromiseState.AWAITING_APPROVAL),
        (int) recorded.stream().filter(CustomerPromise::madeBeforeApproval).count());
  }

  private static int count(List<CustomerPromise> promises, PromiseState state) {
    return (int) promises.stream().filter(p -> p.state() == state).count();
  }

}
