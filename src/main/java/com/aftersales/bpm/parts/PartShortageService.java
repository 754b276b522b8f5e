package com.aftersales.bpm.parts;

import static com.aftersales.bpm.parts.PartsVariables.*;
import static com.aftersales.bpm.parts.PartsModel.*;

import com.aftersales.bpm.engine.EngineClock;
import com.aftersales.bpm.common.ApiException;
import com.aftersales.bpm.common.CustomerVariables;
import com.aftersales.bpm.common.HistoricVariables;
import com.aftersales.bpm.common.IdempotentIntake;
import com.aftersales.bpm.common.IdempotentIntake.Received;
import com.aftersales.bpm.common.OutsideEventAnswer;
import com.aftersales.bpm.common.OutsideEventAnswer.Status;
import com.aftersales.bpm.common.OutsideEventGate;
import com.aftersales.bpm.common.RuntimeVariables;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Part events from integrators: shortage reports and arrivals (contacts: {@link CustomerContactService}); the batch view. */
@Service
public class PartShortageService {

  private static final IdempotentIntake.Kind SHORTAGE = new IdempotentIntake.Kind("PART_SHORTAGE", "repairOrderId",
      "Repair order %s was already reported as waiting for a part");

  private final RuntimeService runtime;
  private final HistoryService history;
  private final IdempotentIntake intake;
  private final OutsideEventGate gate;

  public PartShortageService(RuntimeService runtime, HistoryService history, IdempotentIntake intake,
      OutsideEventGate gate) {
    this.runtime = runtime;
    this.history = history;
    this.intake = intake;
    this.gate = gate;
  }

  /** @param receivedBy who sent it (recorded with the report; null when the application itself did) */
  @Transactional
  public Received<ShortageStarted> report(PartShortageReport report, String receivedBy) {
    return intake.once(SHORTAGE, report.repairOrderId(), report, ShortageStarted.class, receivedBy, () -> {
      ProcessInstanceWithVariables instance = runtime.createProcessInstanceByKey(PROCESS)
          .businessKey(report.repairOrderId()).setVariables(variables(report)).executeWithVariablesInReturn();
      Map<String, Object> state = instance.getVariables();
      return new ShortageStarted(report.repairOrderId(), instance.getId(),
          RISK_LEVEL.from(state), VIP_HANDLING.optionalFrom(state).orElse(false), MANAGER_DEADLINE.from(state),
          UPDATE_CADENCE.optionalFrom(state).orElse(null), LOANER_ENTITLEMENT.optionalFrom(state).orElse(null));
    });
  }

  /**
   * What became of an arrival: APPLIED, the order was waiting for the part and goes to the repair
   * (or had taken this arrival before); KEPT, the order is not waiting yet (its manager review or
   * the customer's expectation is still open) and will go straight to the repair when it gets
   * there. {@code partArrivedAt} is the arrival time the order has (the first one's for a repeat).
   */
  public record ArrivalReceived(String repairOrderId, Status status, Instant partArrivedAt, String message)
      implements OutsideEventAnswer {}

  /**
   * Hands the arrival to the order, or keeps it until the order waits for the part: parts systems
   * do not retry a 4xx, so an arrival that comes "too early" must not be refused. A repeat changes
   * nothing. Not transactional: {@link OutsideEventGate} runs each attempt in its own transaction.
   */
  public ArrivalReceived partArrived(String repairOrderId, PartArrival arrival) {
    Instant at = arrival == null || arrival.arrivedAt() == null ? EngineClock.instant() : arrival.arrivedAt().toInstant();
    if (arrival != null && arrival.arrivedAt() != null) {
      checkNotBeforeReport(repairOrderId, at);
    }
    VariableMap variables = Variables.createVariables();
    PART_ARRIVED_AT.putIn(variables, Date.from(at));
    OutsideEventGate.Delivery delivery = gate.deliver(new OutsideEventGate.Event(PROCESS, repairOrderId,
        PART_ARRIVED_MESSAGE, PART_ARRIVAL, PART_ARRIVED_AT, variables));
    Date recorded = PART_ARRIVED_AT.optionalFrom(delivery.recorded()).orElse(null);
    Instant arrivedAt = recorded == null ? null : recorded.toInstant();
    return switch (delivery.outcome()) {
      case APPLIED, ALREADY_APPLIED -> new ArrivalReceived(repairOrderId, Status.APPLIED, arrivedAt,
          null);
      case KEPT, ALREADY_KEPT -> new ArrivalReceived(repairOrderId, Status.KEPT, arrivedAt,
          "Repair order " + repairOrderId + " is not waiting for the part yet; the arrival is kept and the order "
              + "goes straight to the repair when it gets there");
      case NOT_WAITING -> throw ApiException.conflict("repairOrderId", "Repair order " + repairOrderId
          + " is not waiting for a part");
      case UNKNOWN -> throw ApiException.notFound("repairOrderId", "No part shortage for repair order "
          + repairOrderId);
    };
  }

  /**
   * A part cannot arrive before its shortage was reported: such a date is the parts system's mistake,
   * and taken it would count a negative wait and a kept promise in the monthly report.
   */
  private void checkNotBeforeReport(String repairOrderId, Instant arrivedAt) {
    HistoricVariables.ofNewest(history, PROCESS, repairOrderId, REPORTED_AT).map(Date::toInstant).filter(arrivedAt::isBefore).ifPresent(reported -> {
          throw new ApiException(HttpStatus.BAD_REQUEST, "arrivedAt", "must not be before the shortage was reported ("
              + reported + ")");
        });
  }

  /** Every order still waiting for one part number (SPEC 2.7), oldest report first. */
  public List<WaitingOrder> waitingFor(String partNumber) {
    List<String> instanceIds = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS)
        .variableValueEquals(PART_NUMBER.name(), partNumber).list().stream()
        .map(org.camunda.bpm.engine.runtime.ProcessInstance::getId).toList();
    Map<String, Map<String, Object>> byInstance = RuntimeVariables.of(runtime, instanceIds,
        REPAIR_ORDER_ID.name(), CUSTOMER_NAME.name(), RISK_LEVEL.name(), VIP_HANDLING.name(),
        REPORTED_AT.name(), PROMISED_DATE.name(), ESCALATED.name(), PART_ARRIVED_AT.name());
    Instant now = EngineClock.instant(); // the engine's clock, as the order's timers read it
    return instanceIds.stream().filter(id -> PART_ARRIVED_AT.optionalFrom(byInstance.getOrDefault(id, Map.of())).isEmpty())
        .map(id -> {
      Map<String, Object> v = byInstance.getOrDefault(id, Map.of());
      Instant reported = REPORTED_AT.from(v).toInstant();
      return new WaitingOrder(REPAIR_ORDER_ID.from(v), id, CUSTOMER_NAME.optionalFrom(v).orElse(null),
          RISK_LEVEL.optionalFrom(v).orElse(null),
          VIP_HANDLING.optionalFrom(v).orElse(false), reported,
          Duration.between(reported, now).toDays(), PROMISED_DATE.optionalFrom(v).orElse(null),
          ESCALATED.optionalFrom(v).orElse(false));
    }).sorted(java.util.Comparator.comparing(WaitingOrder::reportedAt)).toList();
  }

  public static VariableMap variables(PartShortageReport r) {
    VariableMap v = Variables.createVariables();
    REPAIR_ORDER_ID.putIn(v, r.repairOrderId());
    REPORTED_AT.putIn(v, Date.from(r.reportedAt().toInstant()));
    CustomerVariables.putCustomer(v, r.customer().id(), r.customer().name(), r.customer().phone(),
        r.customer().highValue());
    VIP.putIn(v, Boolean.TRUE.equals(r.customer().vip())); // absent means "no"
    CustomerVariables.putSuccess(v, r.customer().lifetimeValue(), r.customer().successManager());
    CustomerVariables.putVehicle(v, r.vehicle());
    PART_NUMBER.putIn(v, r.part().number());
    PART_NAME.putIn(v, r.part().name());
    VEHICLE_CONDITION.putIn(v, r.vehicleCondition());
    SUPPLIER_ETA.putIn(v, r.supplierEta() == null ? null
        : Date.from(r.supplierEta().atStartOfDay(ZoneOffset.UTC).toInstant()));
    // set at the start, so that both the order and an early arrival update this row (OutsideEventGate)
    PART_ARRIVAL.putIn(v, OutsideEventGate.State.EXPECTED);
    return v;
  }
}
