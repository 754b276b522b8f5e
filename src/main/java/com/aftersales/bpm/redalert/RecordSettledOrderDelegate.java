package com.aftersales.bpm.redalert;

import static com.aftersales.bpm.redalert.RedAlertVariables.*;

import com.aftersales.bpm.common.ModelBean;
import com.aftersales.bpm.common.StaffWords;
import com.aftersales.bpm.engine.EngineClock;
import com.aftersales.bpm.promise.DecidedPromises;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * "Record the settled order and its tier": the order's row in red_alert_order (ADR 0029) and, when
 * the customer accepted the car, the lifetime free repair of the part it was offered with (SPEC 5
 * option 1), among the customer's promises the service side sees (ADR 0045), in the same transaction.
 */
@ModelBean("recordSettledOrder")
public class RecordSettledOrderDelegate implements JavaDelegate {

  /** Not a checklist id the promise intake takes (it allows no slash): the promises of one alert. */
  static final String PROMISE_PREFIX = "red-alert/";

  private final SettledOrderTable table;
  private final DecidedPromises promises;
  private final StaffWords words;

  public RecordSettledOrderDelegate(SettledOrderTable table, DecidedPromises promises, StaffWords words) {
    this.table = table;
    this.promises = promises;
    this.words = words;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instant now = EngineClock.instant();
    String customerId = CUSTOMER_ID.optional(execution).orElse(null);
    CustomerChoice choice = CUSTOMER_CHOICE.optional(execution).orElse(null);
    table.settled(new SettledOrderTable.SettledOrder(execution.getProcessInstanceId(), ORDER_ID.get(execution),
        customerId, TIER.get(execution), choice, now));
    if (choice == CustomerChoice.ACCEPT && customerId != null) {
      promises.recordOnce(lifetimeRepair(execution, customerId, now));
    }
  }

  /**
   * The promise of the accepted car, one per order of the alert (its place in the alert's orders
   * numbers it, so parallel orders never contend for a number and a second run finds its row).
   */
  private DecidedPromises.FreeRepair lifetimeRepair(DelegateExecution execution, String customerId, Instant now) {
    String orderId = ORDER_ID.get(execution);
    String alertId = execution.getBusinessKey();
    String part = PART_NUMBER.optional(execution).map(p -> p + ": ").orElse("")
        + ALERT_DESCRIPTION.optional(execution).orElse("");
    String description = "Lifetime free repair of the part of red alert " + alertId + " / 红色警报" + alertId
        + "所涉部件终身免费维修 — " + part;
    String reason = "Red alert " + alertId + " / 红色警报" + alertId + ": "
        + words.of("decidedBy", DECIDED_BY.optional(execution).map(Enum::name).orElse(null))
        + "; accepted by the customer / 客户接受";
    Instant decidedAt = DECIDED_AT.optional(execution).map(d -> d.toInstant()).orElse(now);
    return new DecidedPromises.FreeRepair(PROMISE_PREFIX + execution.getProcessInstanceId(),
        ORDER_IDS.get(execution).indexOf(orderId) + 1, customerId, orderId, description, reason, decidedAt, now);
  }
}
