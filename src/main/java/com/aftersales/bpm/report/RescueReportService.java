package com.aftersales.bpm.report;

import com.aftersales.bpm.common.HistoricVariables;
import com.aftersales.bpm.common.Months;
import com.aftersales.bpm.report.RescueReport.PartsFigures;
import com.aftersales.bpm.report.RescueReport.Share;
import com.aftersales.bpm.report.RescueReport.Split;
import com.aftersales.bpm.rescue.SurveyAnswers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * SPEC 1.5 computed from what the processes recorded: the engine's history (rescues whose low
 * score was answered in the month, their variables and tasks) plus the intake's survey_answer
 * table for the low scores received. Every query is bounded by the month's cases (the rescues
 * found by a range on answeredAt, then their variables and tasks in batches of their ids/keys).
 */
@Service
public class RescueReportService {

  static final String RESCUE = "lowScoreRescue";
  static final String PARTS = "partsShortageEscalation";
  private static final List<String> OUTCOMES = List.of("PROMOTER", "RECOVERED", "NOT_RECOVERED", "CHURNED");
  private static final int CHUNK = 500;

  private final HistoryService history;
  private final SurveyAnswers answers;
  private final ZoneId zone;

  public RescueReportService(HistoryService history, SurveyAnswers answers, @Value("${aftersales.time-zone}") String zone) {
    this.history = history;
    this.answers = answers;
    this.zone = ZoneId.of(zone);
  }

  public RescueReport forMonth(YearMonth month) {
    Instant from = Months.start(month, zone);
    Instant to = Months.end(month, zone);
    List<RescueCase> cases = cases(from, to);
    int lowScores = answers.lowScores(from, to);
    List<RescueCase> decided = cases.stream().filter(c -> c.outcome() != null).toList();
    Map<String, Integer> outcomes = new LinkedHashMap<>();
    OUTCOMES.forEach(o -> outcomes.put(o, (int) decided.stream().filter(c -> o.equals(c.outcome())).count()));
    int successes = (int) decided.stream().filter(RescueCase::success).count();
    List<Double> hours = cases.stream().map(RescueCase::hoursToFirstContact).filter(h -> h != null).sorted().toList();
    int within24h = (int) hours.stream().filter(h -> h <= 24).count();
    return new RescueReport(month.toString(), lowScores, cases.size(), pct(cases.size(), lowScores),
        within24h, pct(within24h, cases.size()), percentile(hours, 50), percentile(hours, 90),
        decided.size(), cases.size() - decided.size(), outcomes, successes, pct(successes, decided.size()),
        pct(outcomes.get("PROMOTER"), decided.size()), pct(outcomes.get("NOT_RECOVERED"), decided.size()),
        pct(outcomes.get("CHURNED"), decided.size()), reasons(cases),
        List.of(split("≤ 6 h", decided, c -> hoursOf(c) <= 6), split("6–24 h", decided, c -> hoursOf(c) > 6 && hoursOf(c) <= 24),
            split("> 24 h", decided, c -> hoursOf(c) > 24)),
        List.of(split("above standard authority", decided, RescueCase::aboveStandardAuthority),
            split("within standard authority", decided, c -> !c.aboveStandardAuthority())),
        List.of(split("home visit", decided, RescueCase::homeVisit), split("phone only", decided, c -> !c.homeVisit())),
        (int) cases.stream().filter(RescueCase::slaBreached).count(), cases.stream().mapToInt(RescueCase::slaBreaches).sum(),
        (int) cases.stream().filter(RescueCase::escalated).count(), parts(from, to));
  }

  /** The month's rescues, for the figures and the CSV export. */
  public List<RescueCase> cases(YearMonth month) {
    return cases(Months.start(month, zone), Months.end(month, zone));
  }

  private List<RescueCase> cases(Instant from, Instant to) {
    List<HistoricProcessInstance> rescues = history.createHistoricProcessInstanceQuery().processDefinitionKey(RESCUE)
        .variableValueGreaterThanOrEqual("answeredAt", Date.from(from)).variableValueLessThan("answeredAt", Date.from(to))
        .orderByProcessInstanceStartTime().asc().list();
    Map<String, Map<String, Object>> vars = variables(rescues, "surveyId", "answeredAt", "grade", "customerName", "outcome",
        "rootCauseCategory", "totalCompensation", "compensationAuthority", "homeVisitDone", "slaBreached", "slaBreaches");
    Map<String, Instant> firstContact = new HashMap<>();
    Set<String> escalated = new java.util.HashSet<>();
    // the month's rescues' tasks, looked up by business key (the survey id) in batches
    List<String> keys = rescues.stream().map(HistoricProcessInstance::getBusinessKey).filter(Objects::nonNull).toList();
    for (int i = 0; i < keys.size(); i += CHUNK) {
      for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().processDefinitionKey(RESCUE)
          .processInstanceBusinessKeyIn(keys.subList(i, Math.min(keys.size(), i + CHUNK)).toArray(String[]::new))
          .taskDefinitionKeyIn("Task_FirstContact", "Task_HandleMissedResponse").list()) {
        if (!vars.containsKey(task.getProcessInstanceId())) {
          continue; // only the month's rescues count
        }
        if ("Task_HandleMissedResponse".equals(task.getTaskDefinitionKey())) {
          escalated.add(task.getProcessInstanceId());
        } else if (task.getEndTime() != null && "completed".equals(task.getDeleteReason())) {
          firstContact.merge(task.getProcessInstanceId(), task.getEndTime().toInstant(), (a, b) -> a.isBefore(b) ? a : b);
        }
      }
    }
    List<RescueCase> cases = new ArrayList<>();
    for (HistoricProcessInstance rescue : rescues) {
      Map<String, Object> v = vars.getOrDefault(rescue.getId(), Map.of());
      cases.add(new RescueCase(rescue.getId(), (String) v.getOrDefault("surveyId", rescue.getBusinessKey()),
          ((Date) v.get("answeredAt")).toInstant(), (String) v.get("grade"), (String) v.get("customerName"),
          firstContact.get(rescue.getId()), (String) v.get("outcome"), (String) v.get("rootCauseCategory"),
          asLong(v.get("totalCompensation")), asLong(v.get("compensationAuthority")),
          Boolean.TRUE.equals(v.get("homeVisitDone")), Boolean.TRUE.equals(v.get("slaBreached")),
          v.get("slaBreaches") instanceof Integer n ? n : 0,
          escalated.contains(rescue.getId()), rescue.getEndTime() != null));
    }
    return cases;
  }

  private PartsFigures parts(Instant from, Instant to) {
    List<HistoricProcessInstance> orders = history.createHistoricProcessInstanceQuery().processDefinitionKey(PARTS)
        .variableValueGreaterThanOrEqual("reportedAt", Date.from(from)).variableValueLessThan("reportedAt", Date.from(to)).list();
    Map<String, Map<String, Object>> vars = variables(orders, "riskLevel", "escalated", "reportedAt", "partArrivedAt",
        "promisedDeadline");
    Map<String, Integer> byLevel = new TreeMap<>();
    int escalatedOrders = 0;
    int kept = 0;
    int promised = 0;
    List<Double> waits = new ArrayList<>();
    for (Map<String, Object> v : vars.values()) {
      byLevel.merge(String.valueOf(v.get("riskLevel")), 1, Integer::sum);
      escalatedOrders += Boolean.TRUE.equals(v.get("escalated")) ? 1 : 0;
      if (v.get("partArrivedAt") instanceof Date arrived && v.get("reportedAt") instanceof Date reported) {
        waits.add(Duration.between(reported.toInstant(), arrived.toInstant()).toHours() / 24.0);
        if (v.get("promisedDeadline") instanceof Date deadline) {
          promised++;
          kept += arrived.after(deadline) ? 0 : 1;
        }
      }
    }
    return new PartsFigures(orders.size(), byLevel, escalatedOrders, waits.size(),
        percentile(waits.stream().sorted().toList(), 50), kept, pct(kept, promised));
  }

  private Map<String, Map<String, Object>> variables(List<HistoricProcessInstance> instances, String... names) {
    return HistoricVariables.of(history, instances.stream().map(HistoricProcessInstance::getId).toList(), names);
  }

  private static List<Share> reasons(Collection<RescueCase> cases) {
    Map<String, Long> counts = cases.stream().filter(c -> c.rootCause() != null)
        .collect(Collectors.groupingBy(RescueCase::rootCause, Collectors.counting()));
    int total = counts.values().stream().mapToInt(Long::intValue).sum();
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(e -> new Share(e.getKey(), e.getValue().intValue(), pct(e.getValue().intValue(), total))).toList();
  }

  private static Split split(String group, List<RescueCase> decided, Predicate<RescueCase> in) {
    List<RescueCase> members = decided.stream().filter(in).toList();
    int successes = (int) members.stream().filter(RescueCase::success).count();
    return new Split(group, members.size(), successes, pct(successes, members.size()));
  }

  /** Cases never contacted count as slower than any bucket's limit. */
  private static double hoursOf(RescueCase c) {
    Double hours = c.hoursToFirstContact();
    return hours == null ? Double.MAX_VALUE : hours;
  }

  static BigDecimal pct(int part, int whole) {
    return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }

  /** Nearest-rank percentile of sorted values, rounded to 0.1; null when empty. */
  static Double percentile(List<Double> sorted, int p) {
    if (sorted.isEmpty()) {
      return null;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return Math.round(sorted.get(Math.max(0, rank - 1)) * 10) / 10.0;
  }

  private static Long asLong(Object value) {
    return value instanceof Number n ? n.longValue() : null;
  }
}
