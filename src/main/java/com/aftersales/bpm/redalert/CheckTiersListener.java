package com.aftersales.bpm.redalert;

import static com.aftersales.bpm.redalert.RedAlertVariables.*;
import static com.aftersales.bpm.redalert.RedAlertModel.*;

import com.aftersales.bpm.common.FormRuleViolation;
import com.aftersales.bpm.common.ModelBean;
import com.aftersales.bpm.common.ProcessVariable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/** Server-side check of a joint-decision form: every order of the alert in exactly one tier. */
@ModelBean("checkTiers")
public class CheckTiersListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Map<String, Integer> times = new HashMap<>();
    for (ProcessVariable<Object> tier : List.of(DELIVER_ORDERS, CHOICE_ORDERS, DELAY_ORDERS)) {
      AlertJson.ids(tier.optional(task).orElse(null)).forEach(id -> times.merge(id, 1, Integer::sum));
    }
    List<String> problems = new ArrayList<>();
    List<String> orderIds = ORDER_IDS.get(task);
    for (String id : orderIds) {
      int n = times.getOrDefault(id, 0);
      if (n != 1) {
        problems.add(id + (n == 0 ? " has no tier" : " is in " + n + " tiers"));
      }
    }
    times.keySet().stream().filter(id -> !orderIds.contains(id)).forEach(id -> problems.add(id + " is not an order of this alert"));
    if (!problems.isEmpty()) {
      throw new FormRuleViolation("Put every order in exactly one tier: " + String.join("; ", problems));
    }
  }
}
