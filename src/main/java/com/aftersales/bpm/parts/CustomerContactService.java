package com.aftersales.bpm.parts;

import static com.aftersales.bpm.parts.PartsModel.CUSTOMER_CONTACT_MESSAGE;
import static com.aftersales.bpm.parts.PartsModel.PROCESS;
import static com.aftersales.bpm.parts.PartsVariables.*;

import com.aftersales.bpm.common.ApiException;
import com.aftersales.bpm.common.ConcurrentIntake;
import java.util.Date;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A customer's call or message about a waiting order, from the CRM: recorded, and checked by the order. */
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

  /** Whether the process checked the contact for crisis signals (it does once the wait has begun). */
  public record ContactRecorded(String repairOrderId, int consecutiveChases, boolean evaluated) {}

  /**
   * Records the contact on the order; once the customer has been told what to expect (the wait has
   * begun) the process checks it for crisis signals at once, before that it counts for later chases.
   * One transaction: the controller runs it again when it loses the race against another change of
   * the order (a second contact at the same moment, an arrival), {@link ConcurrentIntake}.
   */
  @Transactional
  public ContactRecorded customerContacted(String repairOrderId, CustomerContact contact) {
    var running = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS)
        .processInstanceBusinessKey(repairOrderId).singleResult();
    if (running == null || runtime.getVariable(running.getId(), PART_ARRIVED_AT.name()) != null) {
      throw unknownOrNotWaiting(repairOrderId);
    }
    checkNotBeforeReport(running.getId(), contact);
    contacts.record(repairOrderId, contact);
    int chases = contacts.consecutiveChases(repairOrderId);
    Execution listening = runtime.createExecutionQuery().processDefinitionKey(PROCESS)
        .processInstanceBusinessKey(repairOrderId).messageEventSubscriptionName(CUSTOMER_CONTACT_MESSAGE)
        .singleResult();
    if (listening == null) {
      return new ContactRecorded(repairOrderId, chases, false);
    }
    VariableMap variables = Variables.createVariables();
    LATEST_CONTACT_AT.putIn(variables, Date.from(contact.at().toInstant()));
    LATEST_CONTACT_CHANNEL.putIn(variables, contact.channel().name());
    LATEST_CONTACT_TEXT.putIn(variables, contact.text());
    CONSECUTIVE_CHASES.putIn(variables, chases);
    runtime.createMessageCorrelation(CUSTOMER_CONTACT_MESSAGE).processInstanceId(listening.getProcessInstanceId())
        .setVariables(variables).correlateWithResult();
    return new ContactRecorded(repairOrderId, chases, true);
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

  private ApiException unknownOrNotWaiting(String repairOrderId) {
    boolean known = history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS)
        .processInstanceBusinessKey(repairOrderId).count() > 0;
    return known
        ? ApiException.conflict("repairOrderId", "Repair order " + repairOrderId + " is not waiting for a part")
        : ApiException.notFound("repairOrderId", "No part shortage for repair order " + repairOrderId);
  }
}
