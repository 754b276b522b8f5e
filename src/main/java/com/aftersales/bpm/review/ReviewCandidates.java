package com.aftersales.bpm.review;

import static com.aftersales.bpm.rescue.RescueVariables.ANSWERED_AT;
import static com.aftersales.bpm.rescue.RescueVariables.CUSTOMER_NAME;
import static com.aftersales.bpm.rescue.RescueVariables.GRADE;
import static com.aftersales.bpm.rescue.RescueVariables.NOMINATED_FOR_JOINT_REVIEW;
import static com.aftersales.bpm.rescue.RescueVariables.OUTCOME;
import static com.aftersales.bpm.rescue.RescueVariables.PARTS_SHORTAGE_INSTANCE_ID;

import com.aftersales.bpm.common.HistoricVariables;
import com.aftersales.bpm.common.Months;
import com.aftersales.bpm.parts.PartsVariables;
import com.aftersales.bpm.redalert.RedAlertVariables;
import com.aftersales.bpm.rescue.RescueVariables;
import com.aftersales.bpm.review.ReviewCandidate.Kind;
import com.aftersales.bpm.common.Groups;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import com.aftersales.bpm.engine.EngineClock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The month's candidate cases from what the other processes recorded, the same cases the rescue
 * report counts for that month ({@link CasesOfMonth}): rescues with an outcome or nominated
 * (negative: not recovered or churned; positive: promoter or recovered; complex: linked to a parts
 * shortage) and parts orders that escalated or waited a week or more (complex). Read with the
 * caller's engine authorizations: cases they may not read are left out.
 */
@Component
public class ReviewCandidates {

  /** A parts order that waited at least this long is worth a review even without escalation. */
  static final Duration LONG_SHORTAGE = Duration.ofDays(7);
  private static final Set<String> NEGATIVE_OUTCOMES = Set.of("NOT_RECOVERED", "CHURNED");
  /** Ids per history query (an IN list has limits). */
  private static final int BATCH = 500;

  private final HistoryService history;
  private final CasesOfMonth months;
  private final ZoneId zone;

  public ReviewCandidates(HistoryService history, CasesOfMonth months, @Value("${aftersales.time-zone}") String zone) {
    this.history = history;
    this.months = months;
    this.zone = ZoneId.of(zone);
  }

  public List<ReviewCandidate> forMonth(YearMonth month) {
    Instant from = Months.start(month, zone);
    Instant to = Months.end(month, zone);
    Date now = EngineClock.now(); // the engine's clock, as the review's calendar
    List<ReviewCandidate> candidates = new ArrayList<>();
    List<HistoricProcessInstance> rescues = readable(months.rescuesAnswered(from, to));
    Map<String, Map<String, Object>> rescueVars = variables(rescues, OUTCOME.name(), CUSTOMER_NAME.name(), GRADE.name(),
        NOMINATED_FOR_JOINT_REVIEW.name(), PARTS_SHORTAGE_INSTANCE_ID.name(), ANSWERED_AT.name());
    for (HistoricProcessInstance rescue : rescues) {
      Map<String, Object> v = rescueVars.getOrDefault(rescue.getId(), Map.of());
      String outcome = OUTCOME.from(v);
      boolean nominated = Boolean.TRUE.equals(NOMINATED_FOR_JOINT_REVIEW.from(v));
      if (outcome == null && !nominated) {
        continue; // no outcome yet, or cancelled before one: nothing to learn from in the review
      }
      boolean linkedToParts = PARTS_SHORTAGE_INSTANCE_ID.from(v) != null;
      Kind kind = linkedToParts ? Kind.COMPLEX
          : outcome == null || NEGATIVE_OUTCOMES.contains(outcome) ? Kind.NEGATIVE : Kind.POSITIVE;
      candidates.add(new ReviewCandidate(rescue.getId(), kind, RescueVariables.RESCUE_PROCESS, rescue.getBusinessKey(),
          CUSTOMER_NAME.from(v), GRADE.from(v), outcome,
          days(Objects.requireNonNullElse(ANSWERED_AT.from(v), rescue.getStartTime()), endOr(rescue, now)),
          linkedToParts ? List.of(Groups.SERVICE_MANAGER, Groups.PARTS_COORDINATOR) : List.of(Groups.SERVICE_MANAGER),
          nominated));
    }
    List<HistoricProcessInstance> orders = readable(months.ordersReported(from, to));
    Map<String, Map<String, Object>> orderVars = variables(orders, PartsVariables.ESCALATED.name(),
        PartsVariables.CUSTOMER_NAME.name(), PartsVariables.RISK_LEVEL.name(), PartsVariables.REPORTED_AT.name(),
        PartsVariables.PART_ARRIVED_AT.name());
    for (HistoricProcessInstance order : orders) {
      Map<String, Object> v = orderVars.getOrDefault(order.getId(), Map.of());
      Date reported = Objects.requireNonNullElse(PartsVariables.REPORTED_AT.from(v), order.getStartTime());
      Date arrived = PartsVariables.PART_ARRIVED_AT.from(v);
      long waited = days(reported, arrived != null ? arrived : now);
      boolean escalated = Boolean.TRUE.equals(PartsVariables.ESCALATED.from(v));
      if (escalated || waited >= LONG_SHORTAGE.toDays()) {
        candidates.add(new ReviewCandidate(order.getId(), Kind.COMPLEX, PartsVariables.PROCESS,
            order.getBusinessKey(), PartsVariables.CUSTOMER_NAME.from(v), PartsVariables.RISK_LEVEL.from(v),
            escalated ? ReviewCandidate.ESCALATED : ReviewCandidate.LONG_WAIT, waited,
            List.of(Groups.SERVICE_MANAGER, Groups.PARTS_COORDINATOR), false));
      }
    }
    candidates.addAll(nominatedRedAlerts(from, to, now));
    return candidates;
  }

  /**
   * Red alerts raised in the month that their three-party review nominated: complex cases of
   * sales, delivery and service, labelled by whether the decision came within its window.
   */
  private List<ReviewCandidate> nominatedRedAlerts(Instant from, Instant to, Date now) {
    List<HistoricProcessInstance> alerts = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(RedAlertVariables.PROCESS).startedAfter(Date.from(from.minusMillis(1)))
        .startedBefore(Date.from(to)).list();
    Map<String, Map<String, Object>> v = variables(alerts, RedAlertVariables.NOMINATED_FOR_REVIEW.name(),
        RedAlertVariables.DECIDED_IN_WINDOW.name(), RedAlertVariables.DISCOVERED_AT.name());
    List<ReviewCandidate> nominated = new ArrayList<>();
    for (HistoricProcessInstance alert : alerts) {
      Map<String, Object> facts = v.getOrDefault(alert.getId(), Map.of());
      if (!Boolean.TRUE.equals(RedAlertVariables.NOMINATED_FOR_REVIEW.from(facts))) {
        continue;
      }
      Boolean inWindow = RedAlertVariables.DECIDED_IN_WINDOW.from(facts);
      Date discovered = Objects.requireNonNullElse(RedAlertVariables.DISCOVERED_AT.from(facts), alert.getStartTime());
      nominated.add(new ReviewCandidate(alert.getId(), Kind.COMPLEX, RedAlertVariables.PROCESS, alert.getBusinessKey(),
          alert.getBusinessKey(), null, inWindow == null ? null
              : inWindow ? ReviewCandidate.DECIDED_IN_WINDOW : ReviewCandidate.WINDOW_MISSED,
          days(discovered, endOr(alert, now)), RedAlertVariables.DEPARTMENTS, true));
    }
    return nominated;
  }

  /** The cases among these ids that the caller may read, in the given order. */
  private List<HistoricProcessInstance> readable(List<String> ids) {
    Map<String, HistoricProcessInstance> found = new HashMap<>();
    for (int i = 0; i < ids.size(); i += BATCH) {
      history.createHistoricProcessInstanceQuery()
          .processInstanceIds(new HashSet<>(ids.subList(i, Math.min(ids.size(), i + BATCH)))).list()
          .forEach(instance -> found.put(instance.getId(), instance));
    }
    return ids.stream().map(found::get).filter(Objects::nonNull).toList();
  }

  private Map<String, Map<String, Object>> variables(List<HistoricProcessInstance> instances, String... names) {
    return HistoricVariables.of(history, instances.stream().map(HistoricProcessInstance::getId).toList(), names);
  }

  private static Date endOr(HistoricProcessInstance instance, Date now) {
    return instance.getEndTime() != null ? instance.getEndTime() : now;
  }

  private static long days(Date start, Date end) {
    return Math.max(0, Duration.between(start.toInstant(), end.toInstant()).toDays());
  }
}
