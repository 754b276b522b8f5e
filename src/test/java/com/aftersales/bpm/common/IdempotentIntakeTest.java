package com.aftersales.bpm.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** The contract every REST intake shares, without an engine (the intakes' API tests run it for real). */
class IdempotentIntakeTest {

  record Report(String id, int score) {}

  record Answer(String id, String processInstanceId) {}

  private static final IdempotentIntake.Kind KIND = new IdempotentIntake.Kind("TEST", "id",
      "Report %s was already received with other content");

  private final IntakeRecords records = mock(IntakeRecords.class);
  private final IdempotentIntake intake = new IdempotentIntake(records);
  private final AtomicInteger starts = new AtomicInteger();

  private IdempotentIntake.Received<Answer> receive(Report report) {
    return intake.once(KIND, report.id(), report, Answer.class, "integration", () -> {
      starts.incrementAndGet();
      return new Answer(report.id(), "PI-1");
    });
  }

  @Test
  void aNewReportStartsOnceAndIsRecordedWithItsAnswer() {
    when(records.find("TEST", "R-1")).thenReturn(Optional.empty());
    Report report = new Report("R-1", 2);

    IdempotentIntake.Received<Answer> received = receive(report);

    assertThat(received.created()).isTrue();
    assertThat(received.result()).isEqualTo(new Answer("R-1", "PI-1"));
    assertThat(received.response().getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(starts).hasValue(1);
    verify(records).insert("TEST", "R-1", report, new Answer("R-1", "PI-1"), "integration");
  }

  @Test
  void theSameReportAgainGetsTheFirstAnswerAndStartsNothing() {
    Report report = new Report("R-1", 2);
    IntakeRecords.Stored stored = new IntakeRecords.Stored("sha-of-first", "{}");
    when(records.find("TEST", "R-1")).thenReturn(Optional.of(stored));
    when(records.fingerprint(report)).thenReturn("sha-of-first");
    when(records.read(stored, Answer.class)).thenReturn(new Answer("R-1", "PI-FIRST"));

    IdempotentIntake.Received<Answer> received = receive(report);

    assertThat(received.created()).isFalse();
    assertThat(received.result().processInstanceId()).isEqualTo("PI-FIRST");
    assertThat(received.response().getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(starts).hasValue(0);
    verify(records, never()).insert(anyString(), anyString(), any(), any(), any());
  }

  @Test
  void otherContentUnderTheSameKeyIsAConflictNamingTheKeyField() {
    Report changed = new Report("R-1", 9);
    when(records.find("TEST", "R-1")).thenReturn(Optional.of(new IntakeRecords.Stored("sha-of-first", "{}")));
    when(records.fingerprint(changed)).thenReturn("sha-of-changed");

    assertThatThrownBy(() -> receive(changed)).isInstanceOfSatisfying(ApiException.class, e -> {
      assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
      assertThat(e.field()).isEqualTo("id");
      assertThat(e.getMessage()).isEqualTo("Report R-1 was already received with other content");
    });
    assertThat(starts).hasValue(0);
    verify(records, never()).insert(anyString(), anyString(), any(), any(), any());
  }
}
