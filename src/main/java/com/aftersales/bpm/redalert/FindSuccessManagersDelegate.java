package com.aftersales.bpm.redalert;

import static com.aftersales.bpm.redalert.RedAlertVariables.*;

import com.aftersales.bpm.common.CustomerSuccess;
import com.aftersales.bpm.common.ModelBean;
import com.aftersales.bpm.common.StaffWords;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;

/**
 * "Find the customers' success managers" (ADR 31): the table customerSuccess decides for each order
 * of the alert on its customer's lifetime value, asked once per distinct value; the orders of each
 * success manager the table gives (the one the CRM named while they are one, else the group) make
 * one notice, so a fleet customer's thirty cars are one notification, not thirty.
 */
@ModelBean("findSuccessManagers")
public class FindSuccessManagersDelegate implements JavaDelegate {

  static final String TABLE = "customerSuccess";

  private final CustomerSuccess customerSuccess;
  private final StaffWords words;

  public FindSuccessManagersDelegate(CustomerSuccess customerSuccess, StaffWords words) {
    this.customerSuccess = customerSuccess;
    this.words = words;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DecisionService decisions = execution.getProcessEngineServices().getDecisionService();
    Map<BigDecimal, Boolean> managed = new HashMap<>();
    // the CRM's name -> the recipient: one identity query per name, not per order (a fleet's thirty cars)
    Map<String, String> recipients = new HashMap<>();
    Map<String, List<String>> ordersByManager = new LinkedHashMap<>();
    for (Map<String, Object> order : AlertJson.orders(ORDERS.get(execution))) {
      BigDecimal value = LIFETIME_VALUE.optionalFrom(order).orElse(null);
      if (managed.computeIfAbsent(value, v -> decide(decisions, v))) {
        String manager = recipients.computeIfAbsent(SUCCESS_MANAGER.optionalFrom(order).orElse(null),
            customerSuccess::managerNamed);
        ordersByManager.computeIfAbsent(manager, m -> new ArrayList<>()).add(inWords(order));
      }
    }
    // plain ArrayList and LinkedHashMap: the engine keeps the list as JSON and reads it back as these
    List<Map<String, String>> notices = new ArrayList<>();
    ordersByManager.forEach((manager, orders) -> {
      Map<String, String> notice = new LinkedHashMap<>();
      notice.put("recipient", manager);
      notice.put("customers", String.join("; ", orders));
      notices.add(notice);
    });
    SUCCESS_MANAGER_NOTICES.set(execution, notices);
  }

  private static boolean decide(DecisionService decisions, BigDecimal lifetimeValue) {
    Object answer = decisions.evaluateDecisionTableByKey(TABLE, Variables.createVariables()
        .putValue(LIFETIME_VALUE.name(), lifetimeValue)).getSingleResult().getSingleEntry();
    return Boolean.TRUE.equals(answer);
  }

  /** "王先生 (+86 138 0000 0001), order O-01, Model Y LRW…01: The customer chooses / 客户选择方案". */
  private String inWords(Map<String, Object> order) {
    return order.get(CUSTOMER_NAME.name()) + " (" + text(order.get(CUSTOMER_PHONE.name())) + "), 订单 order "
        + order.get(ORDER_ID.name()) + ", " + text(order.get(VEHICLE_MODEL.name())) + " " + text(order.get(VEHICLE_VIN.name()))
        + ": " + words.of("deliveryTier", order.get(TIER.name()));
  }

  private static String text(Object value) {
    return value == null ? "-" : value.toString();
  }
}
