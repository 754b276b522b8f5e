package com.aftersales.bpm.report;

import com.aftersales.bpm.rescue.RescueOutcome;
import static com.aftersales.bpm.report.ReportFigures.pct;
import static com.aftersales.bpm.report.ReportFigures.percentile;

import com.aftersales.bpm.common.CentreTimeZone;
import com.aftersales.bpm.common.StaffWords;
import com.aftersales.bpm.report.PartsOrderTable.PartsOrder;
import com.aftersales.bpm.report.RescueReport.PartsFigures;
import com.aftersales.bpm.report.RescueReport.Split;
import com.aftersales.bpm.rescue.SurveyAnswers;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import com.aftersales.bpm.engine.EngineClock;
import org.springframework.stereotype.Service;

/**
 * SPEC 1.5 computed from what the processes recorded: the month's rescues from rescue_case and its
 * parts orders from parts_order (both kept by the engine's history events, each one indexed range
 * read), and the low scores received and those whose intake started a rescue from the intake's
 * survey_answer table.
 */
@Service
public class RescueReportService {

  private final RescueCaseTable table;
  private final PartsOrderTable partsOrders;
  private final RedAlertTable redAlerts;
  private final SurveyAnswers answers;
  private final CentreTimeZone centre;
  private final StaffWords words;
  private final JointKpiFigures jointKpis;

  public RescueReportService(RescueCaseTable table, PartsOrderTable partsOrders, RedAlertTable redAlerts,
      SurveyAnswers answers, CentreTimeZone centre, StaffWords words, JointKpiFigures jointKpis) {
    this.table = table;
    this.partsOrders = partsOrders;
    this.redAlerts = redAlerts;
    this.answers = answers;
    this.centre = centre;
    this.words = words;
    this.jointKpis = jointKpis;
  }

  public RescueReport forMonth(YearMonth month) {
    CentreTimeZone.Span span = centre.month(month);
    List<RescueCase> cases = table.answeredBetween(span.from(), span.to());
    SurveyAnswers.LowScores low = answers.lowScores(span.from(), span.to());
    int lowScores = low.answered();
    int lowScoresRescued = low.rescued();
    List<RescueCase> decided = cases.stream().filter(c -> c.outcome() != null).toList();
    Map<String, Integer> outcomes = new LinkedHashMap<>();
    RescueOutcome.codes().forEach(o -> outcomes.put(o, (int) decided.stream().filter(c -> o.equals(c.outcome())).count()));
    int successes = (int) decided.stream().filter(RescueCase::success).count();
    List<Double> hours = cases.stream().map(RescueCase::hoursToFirstContact).filter(h -> h != null).sorted().toList();
    int within24h = (int) hours.stream().filter(h -> h <= 24).count();
    Instant now = EngineClock.instant(); // the engine's clock, as the SLA timers read it
    List<RescueCase> late = cases.stream().filter(c -> c.firstContactLate(now)).toList();
    int salesPromises = Shares.salesPromises(cases);
    BigDecimal salesPromiseRate = pct(salesPromises, (int) cases.stream().filter(c -> c.rootCause() != null).count());
    // SPEC 1.5: low scores rescued ÷ low scores; a public-opinion rescue of a 7-10 is no low score's
    return new RescueReport(month.toString(), lowScores, lowScoresRescued, pct(lowScoresRescued, lowScores), cases.size(),
        within24h, pct(within24h, cases.size()), percentile(hours, 50), percentile(hours, 90),
        decided.size(), cases.size() - decided.size(), outcomes, successes, pct(successes, decided.size()),
        pct(outcomes.get(RescueOutcome.PROMOTER.name()), decided.size()), pct(outcomes.get(RescueOutcome.NOT_RECOVERED.name()), decided.size()),
        pct(outcomes.get(RescueOutcome.CHURNED.name()), decided.size()), Shares.byRootCause(cases),
        List.of(split("WITHIN_6H", decided, c -> hoursOf(c) <= 6),
            split("WITHIN_24H", decided, c -> hoursOf(c) > 6 && hoursOf(c) <= 24), split("OVER_24H", decided, c -> hoursOf(c) > 24)),
        List.of(split("ABOVE_AUTHORITY", decided, RescueCase::aboveStandardAuthority),
            split("WITHIN_AUTHORITY", decided, c -> !c.aboveStandardAuthority())),
        List.of(split("HOME_VISIT", decided, RescueCase::homeVisit), split("PHONE_ONLY", decided, c -> !c.homeVisit())),
        (int) cases.stream().filter(RescueCase::slaBreached).count(), cases.stream().mapToInt(RescueCase::slaBreaches).sum(),
        (int) cases.stream().filter(RescueCase::escalated).count(), late.size(),
        (int) late.stream().filter(c -> !c.escalated()).count(), parts(span), redAlerts.figures(span.from(), span.to()),
        salesPromises, salesPromiseRate, jointKpis.forMonth(month, salesPromiseRate));
  }

  /** The month's rescues, for the figures and the CSV export. */
  public List<RescueCase> cases(YearMonth month) {
    CentreTimeZone.Span span = centre.month(month);
    return table.answeredBetween(span.from(), span.to());
  }

  private PartsFigures parts(CentreTimeZone.Span month) {
    List<PartsOrder> orders = partsOrders.reportedBetween(month.from(), month.to());
    Map<String, Integer> byLevel = new TreeMap<>();
    int escalatedOrders = 0;
    int kept = 0;
    int promised = 0;
    List<Double> waits = new ArrayList<>();
    for (PartsOrder order : orders) {
      byLevel.merge(String.valueOf(order.riskLevel()), 1, Integer::sum);
      escalatedOrders += order.escalated() ? 1 : 0;
      if (order.partArrivedAt() != null && order.reportedAt() != null) {
        waits.add(Duration.between(order.reportedAt(), order.partArrivedAt()).toHours() / 24.0);
        if (order.promisedDeadline() != null) {
          promised++;
          kept += order.partArrivedAt().isAfter(order.promisedDeadline()) ? 0 : 1;
        }
      }
    }
    return new PartsFigures(orders.size(), byLevel, escalatedOrders, waits.size(),
        percentile(waits.stream().sorted().toList(), 50), kept, pct(kept, promised));
  }

  /** One group of the success splits, labelled in staff words (kind reportGroup) for the page. */
  private Split split(String group, List<RescueCase> decided, Predicate<RescueCase> in) {
    List<RescueCase> members = decided.stream().filter(in).toList();
    int successes = (int) members.stream().filter(RescueCase::success).count();
    return new Split(words.of("reportGroup", group), members.size(), successes, pct(successes, members.size()));
  }

  /** Cases never contacted count as slower than any bucket's limit. */
  private static double hoursOf(RescueCase c) {
    Double hours = c.hoursToFirstContact();
    return hours == null ? Double.MAX_VALUE : hours;
  }
}
