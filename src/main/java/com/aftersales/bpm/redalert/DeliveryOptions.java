package com.aftersales.bpm.redalert;

import static com.aftersales.bpm.redalert.RedAlertVariables.*;
import static com.aftersales.bpm.redalert.RedAlertModel.*;

import com.aftersales.bpm.common.DecisionResults;
import com.aftersales.bpm.common.ProcessVariable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import com.aftersales.bpm.engine.EngineCommand;

/**
 * Asks the DMN table deliveryOptions for one order: its tier and options from the facts (no tier
 * decided yet) or the options of the tier the joint decision gave it. The policy is the table's.
 */
final class DeliveryOptions {

  /** What the table answers, copied onto the order. */
  static final List<ProcessVariable<?>> OUTPUTS = List.of(TIER, OFFERED_OPTIONS, LOANER, PERSONAL_CALL,
      COMPENSATION_AUTHORITY, SUGGESTED_COMPENSATION, LOANER_DAILY_COST, MIN_LOANER_DAYS);

  private DeliveryOptions() {}

  /** The order with the table's outputs; {@code decidedTier} null asks for a proposal. */
  static Map<String, Object> apply(DelegateExecution execution, Map<String, Object> order, String decidedTier) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put(DECIDED_TIER.name(), decidedTier);
    inputs.put(ALERT_KIND.name(), execution.getVariable(ALERT_KIND.name()));
    inputs.put(SEVERITY.name(), order.get(SEVERITY.name()));
    inputs.put(RISK_LEVEL.name(), order.get(RISK_LEVEL.name()));
    inputs.put(HIGH_VALUE.name(), Boolean.TRUE.equals(order.get(HIGH_VALUE.name())));
    // staff who complete a task hold no right to evaluate decisions; the model asks, not the user
    DmnDecisionResultEntries result = EngineCommand.withoutAuthorization(() ->
        execution.getProcessEngineServices().getDecisionService().evaluateDecisionByKey(DECISION)
            .variables(inputs).evaluate().getSingleResult());
    if (result == null) {
      throw new IllegalStateException("Decision " + DECISION + " matched no rule for order " + order.get(ORDER_ID.name()));
    }
    Map<String, Object> answered = new LinkedHashMap<>(order);
    for (ProcessVariable<?> output : OUTPUTS) {
      answered.put(output.name(), ProcessVariable.stored(DecisionResults.entry(result, output)));
    }
    return answered;
  }
}
