package com.aftersales.bpm.parts;

import static com.aftersales.bpm.parts.PartsModel.CONTACT_AFTER_ARRIVAL_MESSAGE;
import static com.aftersales.bpm.parts.PartsModel.CUSTOMER_CONTACT_MESSAGE;
import static com.aftersales.bpm.parts.PartsModel.PROCESS;
import static com.aftersales.bpm.parts.PartsVariables.*;

import com.aftersales.bpm.common.ApiException;
import com.aftersales.bpm.common.ConcurrentIntake;
import com.aftersales.bpm.common.OutsideEventGate;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Date;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A customer's call or message about a repair order with a part shortage, from the CRM: recorded, and answered. */
@Service
public class CustomerContactService {

  private final RuntimeService runtime;
  private final HistoryService history;
  private final CustomerContacts contacts;

  public CustomerContactService(RuntimeService runtime, HistoryService history, CustomerContacts contacts) {
    this.runtime = runtime;
    this.history = history;
    this.contacts = contacts;
  }

  /**
   * Where the order was when the contact came. BEFORE_THE_WAIT: the customer has not been told what
   * to expect; the first conversation answers (the contact counts for later chases). WAITING: checked
   * for crisis signals, then answered within 2 h. PART_HERE: repair, handover or survey; answered
   * within 2 h. CLOSED: recorded with the order's history, nobody here answers it (a 409).
   */
  public enum Phase { BEFORE_THE_WAIT, WAITING, PART_HERE, CLOSED }

  /** {@code evaluated}: the process checked the contact for crisis signals (only while waiting). */
  public record ContactRecorded(String repairOrderId, int consecutiveChases, boolean evaluated, Phase phase,
      @JsonInclude(JsonInclude.Include.NON_NULL) Date closedAt) {}

  /**
   * Records the contact on the order and hands it to the order's phase. One transaction: the
   * controller runs it again when it loses the race against another change of the order (a second
   * contact at the same moment, an arrival), {@link ConcurrentIntake}. A closed order's contact is
   * committed too (the controller answers 409 after), so the refusal loses nothing.
   */
  @Transactional
  public ContactRecorded customerContacted(String repairOrderId, CustomerContact contact) {
    ProcessInstance running = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS)
        .processInstanceBusinessKey(repairOrderId).singleResult();
    if (running == null) {
      return closed(repairOrderId, contact);
    }
    checkNotBeforeReport(running.getId(), contact);
    contacts.record(repairOrderId, contact);
    int chases = contacts.consecutiveChases(repairOrderId);
    if (listening(running.getId(), CUSTOMER_CONTACT_MESSAGE)) {
      correlate(CUSTOMER_CONTACT_MESSAGE, running.getId(), contact, chases);
      return new ContactRecorded(repairOrderId, chases, true, Phase.WAITING, null);
    }
    if (!partHere(running.getId())) {
      return new ContactRecorded(repairOrderId, chases, false, Phase.BEFORE_THE_WAIT, null);
    }
    // an order started by a model version before ADR 50 has no such event: recorded only, as then
    if (listening(running.getId(), CONTACT_AFTER_ARRIVAL_MESSAGE)) {
      correlate(CONTACT_AFTER_ARRIVAL_MESSAGE, running.getId(), contact, chases);
    }
    return new ContactRecorded(repairOrderId, chases, false, Phase.PART_HERE, null);
  }

  private boolean listening(String orderInstanceId, String message) {
    return runtime.createExecutionQuery().processInstanceId(orderInstanceId).messageEventSubscriptionName(message)
        .count() > 0;
  }

  /**
   * Past the wait and its part: the order took the arrival (it waited, or the part was here when
   * the expectation was set). An arrival kept while the expectation is still open is not yet the
   * repair: the first conversation answers the customer.
   */
  private boolean partHere(String orderInstanceId) {
    OutsideEventGate.State gate = PART_ARRIVAL.convert(runtime.getVariable(orderInstanceId, PART_ARRIVAL.name()));
    return gate == OutsideEventGate.State.WAITING || gate == OutsideEventGate.State.TAKEN_EARLY;
  }

  private void correlate(String message, String orderInstanceId, CustomerContact contact, int chases) {
    VariableMap variables = Variables.createVariables();
    LATEST_CONTACT_AT.putIn(variables, Date.from(contact.at().toInstant()));
    LATEST_CONTACT_CHANNEL.putIn(variables, contact.channel().name());
    LATEST_CONTACT_TEXT.putIn(variables, contact.text());
    CONSECUTIVE_CHASES.putIn(variables, chases);
    runtime.createMessageCorrelation(message).processInstanceId(orderInstanceId).setVariables(variables)
        .correlateWithResult();
  }

  /** Unknown: 404, nothing kept (a contact cannot come before its shortage). Closed: kept for the customer's history. */
  private ContactRecorded closed(String repairOrderId, CustomerContact contact) {
    HistoricProcessInstance last = history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS)
        .processInstanceBusinessKey(repairOrderId).orderByProcessInstanceEndTime().desc().listPage(0, 1)
        .stream().findFirst().orElseThrow(() -> ApiException.notFound("repairOrderId",
            "No part shortage for repair order " + repairOrderId));
    contacts.record(repairOrderId, contact);
    return new ContactRecorded(repairOrderId, contacts.consecutiveChases(repairOrderId), false, Phase.CLOSED,
        last.getEndTime());
  }

  /**
   * A customer calls about a shortage after it was reported: an earlier date is the CRM's mistake,
   * and taken it would make the answer, due 2 h after the call, overdue the moment it is owed.
   */
  private void checkNotBeforeReport(String orderInstanceId, CustomerContact contact) {
    Date reported = REPORTED_AT.convert(runtime.getVariable(orderInstanceId, REPORTED_AT.name()));
    if (reported != null && contact.at().toInstant().isBefore(reported.toInstant())) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "at", "must not be before the shortage was reported ("
          + reported.toInstant() + ")");
    }
  }
}
