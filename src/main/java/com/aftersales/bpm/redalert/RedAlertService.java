package com.aftersales.bpm.redalert;

import static com.aftersales.bpm.redalert.RedAlertVariables.*;
import static com.aftersales.bpm.redalert.RedAlertModel.*;

import com.aftersales.bpm.common.ApiError.FieldProblem;
import com.aftersales.bpm.common.ApiException;
import com.aftersales.bpm.common.IdempotentIntake;
import com.aftersales.bpm.common.IdempotentIntake.Received;
import com.aftersales.bpm.common.InvalidRequestException;
import com.aftersales.bpm.common.RuntimeVariables;
import com.aftersales.bpm.parts.PartShortageService;
import com.aftersales.bpm.parts.PartsVariables;
import com.aftersales.bpm.parts.WaitingOrder;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Red alerts (SPEC 2.7, 5): starts the joint decision over the orders a problem touches. */
@Service
public class RedAlertService {

  private static final IdempotentIntake.Kind ALERT = new IdempotentIntake.Kind("RED_ALERT", "alertId",
      "Red alert %s was already raised with other content");

  private final RuntimeService runtime;
  private final IdempotentIntake intake;
  private final PartShortageService shortages;

  public RedAlertService(RuntimeService runtime, IdempotentIntake intake, PartShortageService shortages) {
    this.runtime = runtime;
    this.intake = intake;
    this.shortages = shortages;
  }

  @Transactional
  public Received<RedAlertStarted> raise(RedAlertReport report, String receivedBy) {
    checkShape(report);
    return intake.once(ALERT, report.alertId(), report, RedAlertStarted.class, receivedBy, () -> start(report));
  }

  private RedAlertStarted start(RedAlertReport report) {
    List<Map<String, Object>> orders = report.kind() == AlertKind.SUPPLY
        ? waitingOn(report.partNumber()) : report.orders().stream().map(RedAlertService::facts).toList();
    if (orders.isEmpty()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "partNumber",
          "No repair order is waiting for part " + report.partNumber());
    }
    ProcessInstanceWithVariables instance = runtime.createProcessInstanceByKey(PROCESS)
        .businessKey(report.alertId()).setVariables(variables(report, orders)).executeWithVariablesInReturn();
    return new RedAlertStarted(report.alertId(), instance.getId(), report.kind(), orders.size(),
        DECISION_DUE.from(instance.getVariables()).toInstant());
  }

  /** The alert's variables; {@code orders} are the facts of each order it touches. */
  public static VariableMap variables(RedAlertReport report, List<Map<String, Object>> orders) {
    VariableMap v = Variables.createVariables();
    ALERT_ID.putIn(v, report.alertId());
    ALERT_KIND.putIn(v, report.kind());
    DISCOVERED_AT.putIn(v, Date.from(report.discoveredAt().toInstant()));
    ALERT_DESCRIPTION.putIn(v, report.description());
    PART_NUMBER.putIn(v, report.partNumber());
    v.putValue(ORDERS.name(), AlertJson.of(orders));
    ORDER_IDS.putIn(v, new ArrayList<>(orders.stream().map(o -> (String) o.get(ORDER_ID.name())).toList()));
    ORDER_COUNT.putIn(v, orders.size());
    MEDIA_INVOLVED.putIn(v, report.media());
    return v;
  }

  /** Exactly one of orders and partNumber, and each order once. */
  private static void checkShape(RedAlertReport report) {
    List<FieldProblem> problems = new ArrayList<>();
    if ((report.orders() == null) == (report.partNumber() == null)) {
      problems.add(new FieldProblem("orders", "give either orders (a delivery-quality alert) or partNumber "
          + "(a supply alert), not both and not neither"));
    }
    Set<String> seen = new HashSet<>();
    List<RedAlertReport.Order> orders = report.orders() == null ? List.of() : report.orders();
    for (int i = 0; i < orders.size(); i++) {
      if (!seen.add(orders.get(i).orderId())) {
        problems.add(new FieldProblem("orders[" + i + "].orderId", "appears twice in the alert"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
  }

  /** The facts of an order as the alert reported it. */
  public static Map<String, Object> facts(RedAlertReport.Order order) {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put(ORDER_ID.name(), order.orderId());
    facts.put(CUSTOMER_ID.name(), order.customer().id());
    facts.put(CUSTOMER_NAME.name(), order.customer().name());
    facts.put(CUSTOMER_PHONE.name(), order.customer().phone());
    facts.put(HIGH_VALUE.name(), Boolean.TRUE.equals(order.customer().highValue()));
    facts.put(LIFETIME_VALUE.name(), order.customer().lifetimeValue());
    facts.put(SUCCESS_MANAGER.name(), order.customer().successManager());
    facts.put(VEHICLE_VIN.name(), order.vehicle().vin());
    facts.put(VEHICLE_MODEL.name(), order.vehicle().model());
    facts.put(DELIVERY_AT.name(), order.deliveryAt().toInstant().toString());
    facts.put(SEVERITY.name(), order.severity().name());
    facts.put(RISK_LEVEL.name(), null);
    return facts;
  }

  /** Every parts-shortage order waiting for the part, with the facts its conversation needs. */
  private List<Map<String, Object>> waitingOn(String partNumber) {
    List<WaitingOrder> waiting = shortages.waitingFor(partNumber);
    if (waiting.isEmpty()) {
      return List.of();
    }
    Map<String, Map<String, Object>> byInstance = RuntimeVariables.of(runtime,
        waiting.stream().map(WaitingOrder::processInstanceId).toList(), PartsVariables.CUSTOMER_ID.name(),
        PartsVariables.CUSTOMER_PHONE.name(), PartsVariables.VEHICLE_MODEL.name(), PartsVariables.VEHICLE_PLATE.name(),
        LIFETIME_VALUE.name(), SUCCESS_MANAGER.name());
    return waiting.stream().map(order -> {
      Map<String, Object> known = byInstance.getOrDefault(order.processInstanceId(), Map.of());
      Map<String, Object> facts = new LinkedHashMap<>();
      facts.put(ORDER_ID.name(), order.repairOrderId());
      facts.put(CUSTOMER_ID.name(), PartsVariables.CUSTOMER_ID.optionalFrom(known).orElse(null));
      facts.put(CUSTOMER_NAME.name(), order.customerName());
      facts.put(CUSTOMER_PHONE.name(), PartsVariables.CUSTOMER_PHONE.optionalFrom(known).orElse(null));
      facts.put(HIGH_VALUE.name(), order.vipHandling());
      facts.put(LIFETIME_VALUE.name(), LIFETIME_VALUE.optionalFrom(known).orElse(null));
      facts.put(SUCCESS_MANAGER.name(), SUCCESS_MANAGER.optionalFrom(known).orElse(null));
      facts.put(VEHICLE_VIN.name(), PartsVariables.VEHICLE_PLATE.optionalFrom(known).orElse(null));
      facts.put(VEHICLE_MODEL.name(), PartsVariables.VEHICLE_MODEL.optionalFrom(known).orElse(null));
      facts.put(DELIVERY_AT.name(), null);
      facts.put(SEVERITY.name(), null);
      facts.put(RISK_LEVEL.name(), order.riskLevel());
      return facts;
    }).toList();
  }
}
