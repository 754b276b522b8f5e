package com.aftersales.bpm.parts;

import static com.aftersales.bpm.parts.PartsModel.CUSTOMER_CONTACT_MESSAGE;
import static com.aftersales.bpm.parts.PartsModel.PROCESS;
import static com.aftersales.bpm.parts.PartsVariables.*;

import com.aftersales.bpm.common.ApiException;
import java.util.Date;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A customer's call or message about a waiting order, from the CRM: recorded, and checked by the order. */
@Service
public class CustomerContactService {

  private static final Logger LOG = LoggerFactory.getLogger(CustomerContactService.class);
  /** A few: only another change of the same order at the same moment makes an attempt fail. */
  private static final int CONTACT_ATTEMPTS = 5;

  private final RuntimeService runtime;
  private final HistoryService history;
  private final CustomerContacts contacts;
  private final TransactionTemplate transaction;

  public CustomerContactService(RuntimeService runtime, HistoryService history, CustomerContacts contacts,
      PlatformTransactionManager transactions) {
    this.runtime = runtime;
    this.history = history;
    this.contacts = contacts;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** Whether the process checked the contact for crisis signals (it does once the wait has begun). */
  public record ContactRecorded(String repairOrderId, int consecutiveChases, boolean evaluated) {}

  /**
   * Records the contact on the order; once the customer has been told what to expect (the wait has
   * begun) the process checks it for crisis signals at once, before that it counts for later chases.
   * Each attempt in a transaction of its own: one that loses the race against another change of the
   * order (a second contact at the same moment, an arrival) is done again, not lost; parts systems do
   * not retry.
   */
  public ContactRecorded customerContacted(String repairOrderId, CustomerContact contact) {
    for (int attempt = 1; ; attempt++) {
      try {
        return transaction.execute(status -> contactOnce(repairOrderId, contact));
      } catch (OptimisticLockingException lost) {
        LOG.info("Contact for repair order {} lost a race (attempt {}): {}", repairOrderId, attempt, lost.getMessage());
        if (attempt == CONTACT_ATTEMPTS) {
          throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, null, "Repair order " + repairOrderId
              + " is being changed right now; send the contact again");
        }
      }
    }
  }

  private ContactRecorded contactOnce(String repairOrderId, CustomerContact contact) {
    var running = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS)
        .processInstanceBusinessKey(repairOrderId).singleResult();
    if (running == null || runtime.getVariable(running.getId(), PART_ARRIVED_AT.name()) != null) {
      throw unknownOrNotWaiting(repairOrderId);
    }
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

  private ApiException unknownOrNotWaiting(String repairOrderId) {
    boolean known = history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS)
        .processInstanceBusinessKey(repairOrderId).count() > 0;
    return known
        ? ApiException.conflict("repairOrderId", "Repair order " + repairOrderId + " is not waiting for a part")
        : ApiException.notFound("repairOrderId", "No part shortage for repair order " + repairOrderId);
  }
}
