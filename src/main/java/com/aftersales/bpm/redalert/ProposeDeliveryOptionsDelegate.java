package com.aftersales.bpm.redalert;

import static com.aftersales.bpm.redalert.RedAlertVariables.*;
import static com.aftersales.bpm.redalert.RedAlertModel.*;

import com.aftersales.bpm.common.DisplayDates;
import com.aftersales.bpm.common.FormLabelText;
import com.aftersales.bpm.common.ModelBean;
import com.aftersales.bpm.common.StaffWords;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * "Propose a tier per order": deliveryOptions for every order, and the proposal as the joint
 * decision's checklists (the order ids of each tier) with one label in words per order.
 */
@ModelBean("proposeDeliveryOptions")
public class ProposeDeliveryOptionsDelegate implements JavaDelegate {

  private final StaffWords words;
  private final DisplayDates dates;

  public ProposeDeliveryOptionsDelegate(StaffWords words, DisplayDates dates) {
    this.words = words;
    this.dates = dates;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<Map<String, Object>> proposed = AlertJson.orders(ORDERS.get(execution)).stream()
        .map(order -> DeliveryOptions.apply(execution, order, null)).toList();
    execution.setVariable(ORDERS.name(), AlertJson.of(proposed));
    execution.setVariable(ORDER_LABELS.name(), AlertJson.of(proposed.stream().map(this::label).toList()));
    execution.setVariable(DELIVER_ORDERS.name(), AlertJson.of(idsOf(proposed, DeliveryTier.DELIVER)));
    execution.setVariable(CHOICE_ORDERS.name(), AlertJson.of(idsOf(proposed, DeliveryTier.CHOICE)));
    execution.setVariable(DELAY_ORDERS.name(), AlertJson.of(idsOf(proposed, DeliveryTier.DELAY)));
  }

  static List<String> idsOf(List<Map<String, Object>> orders, DeliveryTier tier) {
    return new ArrayList<>(orders.stream().filter(o -> tier.name().equals(o.get(TIER.name())))
        .map(o -> (String) o.get(ORDER_ID.name())).toList());
  }

  /** e.g. "王先生 · RO-1 · Model Y · Minor issue / 轻微问题 · 2026-03-02 10:00" (a checklist option). */
  private Map<String, String> label(Map<String, Object> order) {
    List<String> parts = new ArrayList<>();
    parts.add((String) order.get(CUSTOMER_NAME.name()));
    parts.add((String) order.get(ORDER_ID.name()));
    if (order.get(VEHICLE_MODEL.name()) != null) {
      parts.add((String) order.get(VEHICLE_MODEL.name()));
    }
    parts.add(order.get(SEVERITY.name()) != null ? words.of("severity", order.get(SEVERITY.name()))
        : words.of("riskLevel", order.get(RISK_LEVEL.name())));
    if (order.get(DELIVERY_AT.name()) != null) {
      parts.add(dates.at(Date.from(Instant.parse((String) order.get(DELIVERY_AT.name())))));
    }
    // the customer's name as the CRM sent it: shown as text, never evaluated by the form
    return Map.of("label", FormLabelText.literal(String.join(" · ", parts)), "value", (String) order.get(ORDER_ID.name()));
  }
}
