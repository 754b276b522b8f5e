package com.aftersales.bpm.redalert;

import static com.aftersales.bpm.redalert.RedAlertVariables.*;
import static com.aftersales.bpm.redalert.RedAlertModel.*;

import com.aftersales.bpm.common.ModelBean;
import com.aftersales.bpm.common.StaffWords;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricVariableInstance;

/**
 * "Sum up the plan" before the three-party review: orders per tier and per choice, and the plan's
 * direct cost (approved packages plus loaner days at the table's daily cost), read from what each
 * conversation recorded.
 */
@ModelBean("summariseRedAlert")
public class SummariseRedAlertDelegate implements JavaDelegate {

  private final StaffWords words;

  public SummariseRedAlertDelegate(StaffWords words) {
    this.words = words;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<HistoricVariableInstance> recorded = execution.getProcessEngineServices().getHistoryService()
        .createHistoricVariableInstanceQuery().processInstanceId(execution.getProcessInstanceId())
        .variableNameIn(TIER.name(), CUSTOMER_CHOICE.name(), COMPENSATION_VALUE.name(), LOANER_DAYS.name(),
            LOANER_DAILY_COST.name())
        .includeDeleted() // an order's variables end with its conversation
        .disableBinaryFetching().list();
    // each conversation's own execution holds its order's values (history names the multi-instance
    // body as their activity instance, the same for every order)
    Map<String, Map<String, Object>> byOrder = recorded.stream()
        .filter(v -> !v.getExecutionId().equals(execution.getProcessInstanceId()))
        .collect(Collectors.groupingBy(HistoricVariableInstance::getExecutionId, Collectors.toMap(
            HistoricVariableInstance::getName, v -> v.getValue() == null ? "" : v.getValue(), (a, b) -> a)));
    Map<DeliveryTier, Integer> tiers = new EnumMap<>(DeliveryTier.class);
    Map<CustomerChoice, Integer> choices = new EnumMap<>(CustomerChoice.class);
    long packages = 0;
    long loaners = 0;
    for (Map<String, Object> order : byOrder.values()) {
      tiers.merge(DeliveryTier.valueOf((String) order.get(TIER.name())), 1, Integer::sum);
      if (order.get(CUSTOMER_CHOICE.name()) instanceof String choice && !choice.isEmpty()) {
        choices.merge(CustomerChoice.valueOf(choice), 1, Integer::sum);
      }
      packages += amount(order.get(COMPENSATION_VALUE.name()));
      loaners += amount(order.get(LOANER_DAYS.name())) * amount(order.get(LOANER_DAILY_COST.name()));
    }
    PLAN_COST.set(execution, packages + loaners);
    DELIVERED_AS_PLANNED.set(execution, (long) tiers.getOrDefault(DeliveryTier.DELIVER, 0));
    CUSTOMERS_ACCEPTED.set(execution, (long) choices.getOrDefault(CustomerChoice.ACCEPT, 0));
    CUSTOMERS_WAITING.set(execution, (long) choices.getOrDefault(CustomerChoice.WAIT, 0));
    CUSTOMERS_CANCELLED.set(execution, (long) choices.getOrDefault(CustomerChoice.CANCEL, 0));
    PLAN_SUMMARY.set(execution, summary(tiers, choices, packages, loaners));
  }

  private static long amount(Object value) {
    return value instanceof Number number ? Math.round(number.doubleValue()) : 0;
  }

  private String summary(Map<DeliveryTier, Integer> tiers, Map<CustomerChoice, Integer> choices, long packages,
      long loaners) {
    String byTier = tiers.entrySet().stream().map(e -> words.of("deliveryTier", e.getKey()) + ": " + e.getValue())
        .collect(Collectors.joining(", "));
    String byChoice = choices.entrySet().stream()
        .map(e -> words.of("customerChoice", e.getKey()) + ": " + e.getValue()).collect(Collectors.joining(", "));
    return byTier + "\n" + (byChoice.isEmpty() ? "—" : byChoice)
        + "\nPackages / 服务包: " + packages + " CNY / 元 · Loaners / 代步车: " + loaners + " CNY / 元";
  }
}
