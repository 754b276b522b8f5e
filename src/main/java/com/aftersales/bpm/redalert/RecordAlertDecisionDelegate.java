package com.aftersales.bpm.redalert;

import static com.aftersales.bpm.redalert.RedAlertVariables.*;
import static com.aftersales.bpm.redalert.RedAlertModel.*;

import com.aftersales.bpm.common.ModelBean;
import com.aftersales.bpm.common.ProcessVariable;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import com.aftersales.bpm.engine.EngineClock;

/**
 * "Record the decision": when it was taken (minutes from discovery, within the window or not) and
 * each order's decided tier with that tier's options from deliveryOptions.
 */
@ModelBean("recordAlertDecision")
public class RecordAlertDecisionDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    java.util.Date now = EngineClock.now();
    DECIDED_AT.set(execution, now);
    DECISION_MINUTES.set(execution, Duration.between(DISCOVERED_AT.get(execution).toInstant(), now.toInstant()).toMinutes());
    DECIDED_IN_WINDOW.set(execution, !now.after(DECISION_DUE.get(execution)));
    Map<String, DeliveryTier> decided = new HashMap<>();
    Map<DeliveryTier, ProcessVariable<Object>> lists = Map.of(DeliveryTier.DELIVER, DELIVER_ORDERS,
        DeliveryTier.CHOICE, CHOICE_ORDERS, DeliveryTier.DELAY, DELAY_ORDERS);
    lists.forEach((tier, list) -> AlertJson.ids(list.optional(execution).orElse(null)).forEach(id -> decided.put(id, tier)));
    List<Map<String, Object>> orders = AlertJson.orders(ORDERS.get(execution)).stream()
        .map(order -> DeliveryOptions.apply(execution, order, decided.get((String) order.get(ORDER_ID.name())).name()))
        .toList();
    execution.setVariable(ORDERS.name(), AlertJson.of(orders));
  }
}
