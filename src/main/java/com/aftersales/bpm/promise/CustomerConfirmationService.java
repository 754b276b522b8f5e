package com.aftersales.bpm.promise;

import com.aftersales.bpm.common.ApiException;
import com.aftersales.bpm.common.IdempotentIntake;
import com.aftersales.bpm.common.IdempotentIntake.Received;
import com.aftersales.bpm.common.IntakeRecords;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The customer's confirmation of a checklist posted as a draft (SPEC 6, ADR 0039): checked against
 * the stored checklist, recorded once (ADR 0019), and never refused for coming while a pre-approval
 * is still open: that is what the process alerts the store manager of.
 */
@Service
public class CustomerConfirmationService {

  private static final Logger LOG = LoggerFactory.getLogger(CustomerConfirmationService.class);
  static final IdempotentIntake.Kind CONFIRMATION = new IdempotentIntake.Kind("PROMISE_CONFIRMATION", "checklistId",
      "Checklist %s was already confirmed by the customer at another time; a confirmation is not changed");
  /** A few: only a change of the same checklist's process at the same moment makes an attempt fail. */
  private static final int ATTEMPTS = 3;

  /** What the fingerprint of a confirmation holds: the instant, whatever offset it was written with. */
  record Confirmed(Instant customerConfirmedAt) {}

  private final IdempotentIntake intake;
  private final IntakeRecords records;
  private final CustomerPromiseTable table;
  private final ChecklistConfirmation confirmation;
  private final TransactionTemplate transaction;

  public CustomerConfirmationService(IdempotentIntake intake, IntakeRecords records, CustomerPromiseTable table,
      ChecklistConfirmation confirmation, PlatformTransactionManager transactions) {
    this.intake = intake;
    this.records = records;
    this.table = table;
    this.confirmation = confirmation;
    this.transaction = new TransactionTemplate(transactions);
  }

  /**
   * Each attempt in a transaction of its own: one that loses the race against the service manager's
   * decision on the same checklist is done again, and then finds the task decided or still open.
   *
   * @param anyChecklist the caller is a sales system, which may confirm any checklist; a sales
   *     advisor (or anyone else) only the ones they posted
   */
  public Received<ChecklistConfirmed> confirm(String checklistId, CustomerConfirmation confirmed, String caller,
      boolean anyChecklist) {
    for (int attempt = 1; ; attempt++) {
      try {
        return transaction.execute(status -> confirmOnce(checklistId, confirmed.customerConfirmedAt().toInstant(),
            caller, anyChecklist));
      } catch (OptimisticLockingException lost) {
        LOG.info("Confirmation of checklist {} lost a race (attempt {}): {}", checklistId, attempt, lost.getMessage());
        if (attempt == ATTEMPTS) {
          throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, null, "Checklist " + checklistId
              + " is being changed right now; send the confirmation again");
        }
      }
    }
  }

  private Received<ChecklistConfirmed> confirmOnce(String checklistId, Instant at, String caller, boolean anyChecklist) {
    List<CustomerPromise> rows = table.ofChecklist(checklistId);
    if (rows.isEmpty()) {
      throw ApiException.notFound("checklistId", "No customer promise checklist " + checklistId);
    }
    if (!anyChecklist && (caller == null
        || !caller.equals(records.receivedBy(CustomerPromiseService.CHECKLIST.name(), checklistId).orElse(null)))) {
      throw new ApiException(HttpStatus.FORBIDDEN, null, "Only the sales advisor who posted checklist "
          + checklistId + ", or the sales system, may confirm it");
    }
    Instant recordedAt = rows.get(0).recordedAt();
    if (at.isBefore(recordedAt)) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "customerConfirmedAt",
          "must not be before recordedAt (" + recordedAt + ")");
    }
    return confirmed(checklistId, at, caller, rows);
  }

  /**
   * The confirmation recorded once, in the caller's transaction; the same again gets the first
   * answer, another time a 409. Also the second half of a checklist posted in one step.
   */
  Received<ChecklistConfirmed> confirmed(String checklistId, Instant at, String receivedBy, List<CustomerPromise> rows) {
    Instant earlier = rows.get(0).customerConfirmedAt();
    if (earlier != null && records.find(CONFIRMATION.name(), checklistId).isEmpty()) {
      // confirmed in one step before confirmations were recorded on their own: the rows say when
      if (!earlier.equals(at)) {
        throw ApiException.conflict(CONFIRMATION.keyField(), CONFIRMATION.changedContent().formatted(checklistId));
      }
      return new Received<>(ChecklistConfirmed.of(checklistId, rows), false);
    }
    return intake.once(CONFIRMATION, checklistId, new Confirmed(at), ChecklistConfirmed.class, receivedBy,
        () -> confirmation.record(checklistId, at));
  }
}
