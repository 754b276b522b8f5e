package com.aftersales.bpm.promise;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.aftersales.bpm.common.ApiException;
import com.aftersales.bpm.common.IdempotentIntake;
import com.aftersales.bpm.common.IdempotentIntake.Received;
import com.aftersales.bpm.common.IntakeRecords;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A confirmation that loses the race against the service manager's decision on the same checklist
 * (the engine's optimistic locking) is done again in a new transaction, not answered 500; only a
 * checklist that keeps changing is a 503 to send again.
 */
class CustomerConfirmationRetryTest {

  static final Instant RECORDED = Instant.parse("2026-03-02T01:00:00Z");
  static final CustomerConfirmation SIGNED = new CustomerConfirmation(OffsetDateTime.of(2026, 3, 2, 9, 20, 0, 0,
      ZoneOffset.ofHours(8)));

  final IdempotentIntake intake = mock(IdempotentIntake.class);
  final CustomerPromiseTable table = mock(CustomerPromiseTable.class);
  final CustomerConfirmationService service = new CustomerConfirmationService(intake, mock(IntakeRecords.class),
      table, mock(ChecklistConfirmation.class), mock(PlatformTransactionManager.class));

  @Test
  void aConfirmationThatLostTheRaceIsDoneAgain() {
    when(table.ofChecklist("CL-1")).thenReturn(List.of(draftRow()));
    Received<ChecklistConfirmed> answer = new Received<>(new ChecklistConfirmed("CL-1", null, 1, 1, List.of()), true);
    when(intake.once(any(), eq("CL-1"), any(), eq(ChecklistConfirmed.class), anyString(), any()))
        .thenThrow(new OptimisticLockingException("the task was completed meanwhile")).thenReturn(answer);

    Assertions.assertThat(service.confirm("CL-1", SIGNED, "crm", true)).isSameAs(answer);
    verify(intake, times(2)).once(any(), eq("CL-1"), any(), eq(ChecklistConfirmed.class), anyString(), any());
  }

  @Test
  void aChecklistThatKeepsChangingIsA503ToSendAgain() {
    when(table.ofChecklist("CL-1")).thenReturn(List.of(draftRow()));
    when(intake.once(any(), eq("CL-1"), any(), eq(ChecklistConfirmed.class), anyString(), any()))
        .thenThrow(new OptimisticLockingException("again and again"));

    Assertions.assertThatThrownBy(() -> service.confirm("CL-1", SIGNED, "crm", true))
        .isInstanceOfSatisfying(ApiException.class, e -> Assertions.assertThat(e.status())
            .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE));
    verify(intake, times(3)).once(any(), eq("CL-1"), any(), eq(ChecklistConfirmed.class), anyString(), any());
  }

  private static CustomerPromise draftRow() {
    return new CustomerPromise("CL-1", 1, "C-1", "SO-1", RECORDED, null, PromiseKind.TIME, "parts in 24 h",
        BigDecimal.ZERO, null, PromiseClass.SPECIAL.name(), PromiseState.AWAITING_APPROVAL, null, null, null);
  }
}
