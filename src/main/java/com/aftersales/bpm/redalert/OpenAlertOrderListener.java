package com.aftersales.bpm.redalert;

import static com.aftersales.bpm.redalert.RedAlertVariables.*;
import static com.aftersales.bpm.redalert.RedAlertModel.*;

import com.aftersales.bpm.common.ModelBean;
import com.aftersales.bpm.common.ProcessVariable;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * Start of one order's conversation: the order's facts and decided options become the
 * conversation's own variables, and its choice, compensation and wait start empty there, so the
 * forms of parallel conversations never write into each other.
 */
@ModelBean("openAlertOrder")
public class OpenAlertOrderListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    String orderId = ORDER_ID.optional(execution).orElse(null);
    if (orderId == null) {
      return; // the multi-instance body starts too; only the instance of an order has its order id
    }
    Map<String, Object> order = AlertJson.orders(ORDERS.get(execution)).stream()
        .filter(o -> orderId.equals(o.get(ORDER_ID.name()))).findFirst()
        .orElseThrow(() -> new IllegalStateException("order " + orderId + " is not in alert "
            + execution.getBusinessKey()));
    for (ProcessVariable<?> variable : PER_ORDER) {
      Object value = order.get(variable.name());
      // the orders are JSON: a date is text, a small number an Integer; each goes in as its handle's type
      value = variable == DELIVERY_AT && value != null ? Date.from(Instant.parse((String) value)) : variable.convert(value);
      execution.setVariableLocal(variable.name(), ProcessVariable.stored(value));
    }
  }
}
