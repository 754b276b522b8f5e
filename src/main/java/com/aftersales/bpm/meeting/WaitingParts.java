package com.aftersales.bpm.meeting;

import static com.aftersales.bpm.parts.PartsVariables.*;
import static com.aftersales.bpm.parts.PartsModel.*;

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
    return byInstance.values().stream().filter(v -> PART_ARRIVED_AT.optionalFrom(v).isEmpty() && REPORTED_AT.optionalFrom(v).isPresent())
        .map(v -> waiting(v, now)).sorted(Comparator.comparing(WaitingPart::reportedAt)).toList();
  }

  private static WaitingPart waiting(Map<String, Object> v, Instant now) {
    Instant reported = REPORTED_AT.from(v).toInstant();
    Date eta = SUPPLIER_ETA.optionalFrom(v).orElse(null);
    return new WaitingPart(REPAIR_ORDER_ID.from(v), PART_NUMBER.optionalFrom(v).orElse(null),
        PART_NAME.optionalFrom(v).orElse(null), RISK_LEVEL.optionalFrom(v).orElse(null),
        reported, eta == null ? null : eta.toInstant().atOffset(ZoneOffset.UTC).toLocalDate(), PROMISED_DATE.optionalFrom(v).orElse(null),
        Duration.between(reported, now).toDays());
  }
}
