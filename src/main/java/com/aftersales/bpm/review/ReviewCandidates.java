package com.aftersales.bpm.review;

import static com.aftersales.bpm.rescue.RescueVariables.ANSWERED_AT;
import com.aftersales.bpm.redalert.RedAlertModel;
import com.aftersales.bpm.parts.PartsModel;
import com.aftersales.bpm.rescue.RescueModel;
import static com.aftersales.bpm.rescue.RescueVariables.CUSTOMER_NAME;
import static com.aftersales.bpm.rescue.RescueVariables.GRADE;
import static com.aftersales.bpm.rescue.RescueVariables.NOMINATED_FOR_JOINT_REVIEW;
import static com.aftersales.bpm.rescue.RescueVariables.OUTCOME;
import static com.aftersales.bpm.rescue.RescueVariables.PARTS_SHORTAGE_INSTANCE_ID;
import static com.aftersales.bpm.rescue.RescueVariables.ROOT_CAUSE_CATEGORY;

import com.aftersales.bpm.common.HistoricVariables;
import com.aftersales.bpm.common.CentreTimeZone;
import com.aftersales.bpm.parts.PartsVariables;
import com.aftersales.bpm.redalert.RedAlertVariables;
import com.aftersales.bpm.rescue.RescueOutcome;
import com.aftersales.bpm.rescue.RootCause;
import com.aftersales.bpm.review.ReviewCandidate.Kind;
import com.aftersales.bpm.common.Groups;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import com.aftersales.bpm.engine.EngineClock;
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
  /** Ids per history query (an IN list has limits). */

  /** Who reconstructs a rescue: service, with parts for a parts order's rescue and sales for a sales promise broken. */
  private static List<String> departments(boolean linkedToParts, boolean salesPromise) {
    List<String> departments = new ArrayList<>(List.of(Groups.SERVICE_MANAGER));
    if (linkedToParts) {
      departments.add(Groups.PARTS_COORDINATOR);
    }
    if (salesPromise) {
      departments.add(Groups.SALES);
    }
    return List.copyOf(departments);
  }
  private static final int BATCH = 500;

  private final HistoryService history;
  private final CasesOfMonth months;
  private final CentreTimeZone centre;

  public ReviewCandidates(HistoryService history, CasesOfMonth months, CentreTimeZone centre) {
    this.history = history;
    this.months = months;
    this.centre = centre;
  }

  public List<ReviewCandidate> forMonth(YearMonth month) {
    CentreTimeZone.Span span = centre.month(month);
    Date now = EngineClock.now(); // the engine's clock, as the review's calendar
    List<ReviewCandidate> candidates = new ArrayList<>();
    List<HistoricProcessInstance> rescues = readable(months.rescuesAnswered(span.from(), span.to()));
    Map<String, Map<String, Object>> rescueVars = variables(rescues, OUTCOME.name(), CUSTOMER_NAME.name(), GRADE.name(),
        NOMINATED_FOR_JOINT_REVIEW.name(), PARTS_SHORTAGE_INSTANCE_ID.name(), ANSWERED_AT.name(),
        ROOT_CAUSE_CATEGORY.name());
    for (HistoricProcessInstance rescue : rescues) {
      Map<String, Object> v = rescueVars.getOrDefault(rescue.getId(), Map.of());
      RescueOutcome outcome = OUTCOME.optionalFrom(v).orElse(null);
      boolean nominated = NOMINATED_FOR_JOINT_REVIEW.optionalFrom(v).orElse(false);
      if (outcome == null && !nominated) {
        continue; // no outcome yet, or cancelled before one: nothing to learn from in the review
      }
      boolean linkedToParts = PARTS_SHORTAGE_INSTANCE_ID.optionalFrom(v).isPresent();
      Kind kind = linkedToParts ? Kind.COMPLEX
          : outcome == null || !outcome.success() ? Kind.NEGATIVE : Kind.POSITIVE;
      candidates.add(new ReviewCandidate(rescue.getId(), kind, RescueModel.RESCUE_PROCESS, rescue.getBusinessKey(),
          CUSTOMER_NAME.optionalFrom(v).orElse(null), GRADE.optionalFrom(v).orElse(null),
          outcome == null ? null : outcome.name(),
          days(ANSWERED_AT.optionalFrom(v).orElse(rescue.getStartTime()), endOr(rescue, now)),
          departments(linkedToParts, RootCause.SALES_PROMISE.is(ROOT_CAUSE_CATEGORY.optionalFrom(v).orElse(null))),
          nominated));
    }
    List<HistoricProcessInstance> orders = readable(months.ordersReported(span.from(), span.to()));
    Map<String, Map<String, Object>> orderVars = variables(orders, PartsVariables.ESCALATED.name(),
        PartsVariables.CUSTOMER_NAME.name(), PartsVariables.RISK_LEVEL.name(), PartsVariables.REPORTED_AT.name(),
        PartsVariables.PART_ARRIVED_AT.name());
    for (HistoricProcessInstance order : orders) {
      Map<String, Object> v = orderVars.getOrDefault(order.getId(), Map.of());
      Date reported = PartsVariables.REPORTED_AT.optionalFrom(v).orElse(order.getStartTime());
      long waited = days(reported, PartsVariables.PART_ARRIVED_AT.optionalFrom(v).orElse(now));
      boolean escalated = PartsVariables.ESCALATED.optionalFrom(v).orElse(false);
      if (escalated || waited >= LONG_SHORTAGE.toDays()) {
        candidates.add(new ReviewCandidate(order.getId(), Kind.COMPLEX, PartsModel.PROCESS,
            order.getBusinessKey(), PartsVariables.CUSTOMER_NAME.optionalFrom(v).orElse(null),
            PartsVariables.RISK_LEVEL.optionalFrom(v).orElse(null),
            escalated ? ReviewCandidate.ESCALATED : ReviewCandidate.LONG_WAIT, waited,
            List.of(Groups.SERVICE_MANAGER, Groups.PARTS_COORDINATOR), false));
      }
    }
    candidates.addAll(nominatedRedAlerts(span.from(), span.to(), now));
    return candidates;
  }

  /**
   * Red alerts raised in the month that their three-party review nominated: complex cases of
   * sales, delivery and service, labelled by whether the decision came within its window.
   */
  private List<ReviewCandidate> nominatedRedAlerts(Instant from, Instant to, Date now) {
    List<HistoricProcessInstance> alerts = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(RedAlertModel.PROCESS).startedAfter(Date.from(from.minusMillis(1)))
        .startedBefore(Date.from(to)).list();
    Map<String, Map<String, Object>> v = variables(alerts, RedAlertVariables.NOMINATED_FOR_REVIEW.name(),
        RedAlertVariables.DECIDED_IN_WINDOW.name(), RedAlertVariables.DISCOVERED_AT.name());
    List<ReviewCandidate> nominated = new ArrayList<>();
    for (HistoricProcessInstance alert : alerts) {
      Map<String, Object> facts = v.getOrDefault(alert.getId(), Map.of());
      if (!RedAlertVariables.NOMINATED_FOR_REVIEW.optionalFrom(facts).orElse(false)) {
        continue;
      }
      Boolean inWindow = RedAlertVariables.DECIDED_IN_WINDOW.optionalFrom(facts).orElse(null);
      Date discovered = RedAlertVariables.DISCOVERED_AT.optionalFrom(facts).orElse(alert.getStartTime());
      nominated.add(new ReviewCandidate(alert.getId(), Kind.COMPLEX, RedAlertModel.PROCESS, alert.getBusinessKey(),
          alert.getBusinessKey(), null, inWindow == null ? null
              : inWindow ? ReviewCandidate.DECIDED_IN_WINDOW : ReviewCandidate.WINDOW_MISSED,
          days(discovered, endOr(alert, now)), RedAlertModel.DEPARTMENTS, true));
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
