package com.aftersales.bpm.redalert;

import static com.aftersales.bpm.redalert.RedAlertVariables.*;

import com.aftersales.bpm.common.ModelBean;
import com.aftersales.bpm.engine.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** "Record the settled order and its tier": the order's row in red_alert_order (ADR 0029). */
@ModelBean("recordSettledOrder")
public class RecordSettledOrderDelegate implements JavaDelegate {

  private final SettledOrderTable table;

  public RecordSettledOrderDelegate(SettledOrderTable table) {
    this.table = table;
  }

  @Override
  public void execute(DelegateExecution execution) {
    table.settled(new SettledOrderTable.SettledOrder(execution.getProcessInstanceId(), ORDER_ID.get(execution),
        CUSTOMER_ID.optional(execution).orElse(null), TIER.get(execution),
        CUSTOMER_CHOICE.optional(execution).orElse(null), EngineClock.instant()));
  }
}
