package com.aftersales.bpm.meeting;

import static com.aftersales.bpm.parts.PartsVariables.*;

import com.aftersales.bpm.common.RuntimeVariables;
import com.aftersales.bpm.meeting.CapabilityReport.WaitingPart;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/** Every running parts order whose part has not arrived: part, level, supplier ETA and promised date. */
@Component
public class WaitingParts {

  private final RuntimeService runtime;

  public WaitingParts(RuntimeService runtime) {
    this.runtime = runtime;
  }

  public List<WaitingPart> now(Instant now) {
    List<String> ids = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).list().stream()
        .map(ProcessInstance::getId).toList();
    Map<String, Map<String, Object>> byInstance = RuntimeVariables.of(runtime, ids,
        REPAIR_ORDER_ID.name(), PART_NUMBER.name(), PART_NAME.name(), RISK_LEVEL.name(),
        REPORTED_AT.name(), SUPPLIER_ETA.name(), PROMISED_DATE.name(), PART_ARRIVED_AT.name());
    return byInstance.values().stream().filter(v -> PART_ARRIVED_AT.from(v) == null && REPORTED_AT.from(v) != null)
        .map(v -> waiting(v, now)).sorted(Comparator.comparing(WaitingPart::reportedAt)).toList();
  }

  private static WaitingPart waiting(Map<String, Object> v, Instant now) {
    Instant reported = REPORTED_AT.from(v).toInstant();
    Date eta = SUPPLIER_ETA.from(v);
    return new WaitingPart(REPAIR_ORDER_ID.from(v), PART_NUMBER.from(v), PART_NAME.from(v), RISK_LEVEL.from(v),
        reported, eta == null ? null : eta.toInstant().atOffset(ZoneOffset.UTC).toLocalDate(), PROMISED_DATE.from(v),
        Duration.between(reported, now).toDays());
  }
}
