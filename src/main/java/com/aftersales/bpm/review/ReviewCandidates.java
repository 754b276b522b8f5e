package com.aftersales.bpm.review;

import com.aftersales.bpm.common.HistoricVariables;
import com.aftersales.bpm.common.Months;
import com.aftersales.bpm.review.ReviewCandidate.Kind;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The month's candidate cases from what the other processes recorded: finished rescues by outcome
 * (negative: not recovered or churned; positive: promoter or recovered; complex: linked to a parts
 * shortage) and parts orders that escalated or waited a week or more (complex).
 */
@Component
public class ReviewCandidates {

  /** A parts order that waited at least this long is worth a review even without escalation. */
  static final Duration LONG_SHORTAGE = Duration.ofDays(7);
  private static final Set<String> NEGATIVE_OUTCOMES = Set.of("NOT_RECOVERED", "CHURNED");

  private final HistoryService history;
  private final ZoneId zone;

  public ReviewCandidates(HistoryService history, @Value("${aftersales.time-zone}") String zone) {
    this.history = history;
    this.zone = ZoneId.of(zone);
  }

  public List<ReviewCandidate> forMonth(YearMonth month) {
    Date from = Date.from(Months.start(month, zone));
    Date to = Date.from(Months.end(month, zone));
    List<ReviewCandidate> candidates = new ArrayList<>();
    List<HistoricProcessInstance> rescues = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey("lowScoreRescue").finishedAfter(from).finishedBefore(to).list();
    Map<String, Map<String, Object>> rescueVars = variables(rescues, "outcome", "customerName", "grade",
        "nominatedForJointReview", "partsShortageInstanceId");
    for (HistoricProcessInstance rescue : rescues) {
      Map<String, Object> v = rescueVars.getOrDefault(rescue.getId(), Map.of());
      String outcome = (String) v.get("outcome");
      boolean nominated = Boolean.TRUE.equals(v.get("nominatedForJointReview"));
      if (outcome == null && !nominated) {
        continue; // cancelled before an outcome: nothing to learn from in the review
      }
      boolean linkedToParts = v.get("partsShortageInstanceId") != null;
      Kind kind = linkedToParts ? Kind.COMPLEX
          : outcome == null || NEGATIVE_OUTCOMES.contains(outcome) ? Kind.NEGATIVE : Kind.POSITIVE;
      candidates.add(new ReviewCandidate(rescue.getId(), kind, "lowScoreRescue", rescue.getBusinessKey(),
          (String) v.get("customerName"), (String) v.get("grade"), outcome, days(rescue.getStartTime(), rescue.getEndTime()),
          linkedToParts ? List.of("service-manager", "parts-coordinator") : List.of("service-manager"),
          nominated));
    }
    List<HistoricProcessInstance> orders = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey("partsShortageEscalation").startedBefore(to).list().stream()
        .filter(o -> o.getEndTime() == null || !o.getEndTime().before(from)).toList();
    Map<String, Map<String, Object>> orderVars = variables(orders, "escalated", "customerName", "riskLevel",
        "reportedAt", "partArrivedAt");
    for (HistoricProcessInstance order : orders) {
      Map<String, Object> v = orderVars.getOrDefault(order.getId(), Map.of());
      Date reported = (Date) v.getOrDefault("reportedAt", order.getStartTime());
      Date arrived = (Date) v.get("partArrivedAt");
      long waited = days(reported, arrived != null ? arrived : to);
      boolean escalated = Boolean.TRUE.equals(v.get("escalated"));
      if (escalated || waited >= LONG_SHORTAGE.toDays()) {
        candidates.add(new ReviewCandidate(order.getId(), Kind.COMPLEX, "partsShortageEscalation",
            order.getBusinessKey(), (String) v.get("customerName"), (String) v.get("riskLevel"),
            escalated ? "ESCALATED" : "LONG_WAIT", waited, List.of("service-manager", "parts-coordinator"), false));
      }
    }
    return candidates;
  }

  private Map<String, Map<String, Object>> variables(List<HistoricProcessInstance> instances, String... names) {
    return HistoricVariables.of(history, instances.stream().map(HistoricProcessInstance::getId).toList(), names);
  }

  private static long days(Date start, Date end) {
    Instant until = end == null ? Instant.now() : end.toInstant();
    return Duration.between(start.toInstant(), until).toDays();
  }
}
