package com.aftersales.bpm.redalert;

import static com.aftersales.bpm.redalert.RedAlertVariables.LOANER_DAYS;
import static com.aftersales.bpm.redalert.RedAlertVariables.LOANER_DECLINED;
import static com.aftersales.bpm.redalert.RedAlertVariables.LOANER_DECLINED_REASON;
import static com.aftersales.bpm.redalert.RedAlertVariables.MIN_LOANER_DAYS;

import com.aftersales.bpm.common.FormRuleViolation;
import com.aftersales.bpm.common.ModelBean;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Completion listener of "arrange the wait" (SPEC 5: "3 cars delayed 3 days with a loaner"; ADR 55): a
 * customer who waits gets at least the order's {@code minLoanerDays} (deliveryOptions: one for a delayed
 * car) unless they decline the loaner, which is then recorded with its reason and no loaner days. Refused
 * naming the field, and nothing changes. An order without the output (decided before the table had it)
 * sets no minimum.
 */
@ModelBean("checkLoanerDays")
public class CheckLoanerDaysListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    long fewest = MIN_LOANER_DAYS.optional(task).orElse(0L);
    long days = LOANER_DAYS.optional(task).orElse(0L);
    boolean declined = fewest > 0 && Boolean.TRUE.equals(LOANER_DECLINED.optional(task).orElse(false));
    if (declined) {
      String reason = LOANER_DECLINED_REASON.optional(task).orElse("");
      if (reason.isBlank()) {
        throw new FormRuleViolation(LOANER_DECLINED_REASON.name() + ": record why the customer declines the loaner "
            + "/ 请记录客户拒绝代步车的原因");
      }
      if (days > 0) {
        throw new FormRuleViolation(LOANER_DAYS.name() + ": " + days + " loaner days for a customer who declines the "
            + "loaner; enter 0 / 客户已拒绝代步车,天数应为0");
      }
    } else if (days < fewest) {
      throw new FormRuleViolation(LOANER_DAYS.name() + ": a customer who waits gets at least " + fewest + " loaner "
          + (fewest == 1 ? "day" : "days") + " (deliveryOptions), unless they decline the loaner and you record why "
          + "/ 等待的客户至少提供" + fewest + "天代步车,除非客户拒绝并记录原因");
    }
  }
}
