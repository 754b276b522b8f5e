package com.aftersales.bpm.promise;

import com.aftersales.bpm.common.ApiException;
import com.aftersales.bpm.common.IdempotentIntake;
import com.aftersales.bpm.common.IdempotentIntake.Received;
import com.aftersales.bpm.common.IntakeRecords;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer's confirmation of a checklist posted as a draft (SPEC 6, ADR 0039): checked against
 * the stored checklist, recorded once (ADR 0019), and never refused for coming while a pre-approval
 * is still open: that is what the process alerts the store manager of.
 */
@Service
public class CustomerConfirmationService {

  static final IdempotentIntake.Kind CONFIRMATION = new IdempotentIntake.Kind("PROMISE_CONFIRMATION", "checklistId",
      "Checklist %s was already confirmed by the customer at another time; a confirmation is not changed");

  /** What the fingerprint of a confirmation holds: the instant, whatever offset it was written with. */
  record Confirmed(Instant customerConfirmedAt) {}

  private final IdempotentIntake intake;
  private final IntakeRecords records;
  private final CustomerPromiseTable table;
  private final ChecklistConfirmation confirmation;

  public CustomerConfirmationService(IdempotentIntake intake, IntakeRecords records, CustomerPromiseTable table,
      ChecklistConfirmation confirmation) {
    this.intake = intake;
    this.records = records;
    this.table = table;
    this.confirmation = confirmation;
  }

  /**
   * @param anyChecklist the caller is a sales system, which may confirm any checklist; a sales
   *     advisor (or anyone else) only the ones they posted
   */
  @Transactional
  public Received<ChecklistConfirmed> confirm(String checklistId, CustomerConfirmation confirmed, String caller,
      boolean anyChecklist) {
    Instant at = confirmed.customerConfirmedAt().toInstant();
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
