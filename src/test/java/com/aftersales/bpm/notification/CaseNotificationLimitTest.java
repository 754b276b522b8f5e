package com.aftersales.bpm.notification;

import com.aftersales.bpm.support.RecordingNotifications;
import java.time.Duration;
import java.time.Instant;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** {@link CaseNotificationLimit} on the in-memory record: what counts against a case's hour. */
class CaseNotificationLimitTest {

  private static final Instant DUE = Instant.parse("2026-11-28T10:00:00Z");

  private final RecordingNotifications record = new RecordingNotifications();
  private final CaseNotificationLimit limit = new CaseNotificationLimit(record, 3);

  @Test
  void theNotificationAfterTheMostInTheHourBeforeItWasDueIsHeldBackNamingTheCaseAndTheSetting() {
    sent("case-1", Duration.ofMinutes(50), Duration.ofMinutes(20), Duration.ofMinutes(1));

    Assertions.assertThatThrownBy(() -> limit.check(next("case-1"), DUE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Case RO-case-1").hasMessageContaining("has had 3 notifications to service-manager")
        .hasMessageContaining("aftersales.notification.max-per-case-per-hour").hasMessageContaining("\"Update\"");
  }

  @Test
  void belowTheMostItGoes() {
    sent("case-1", Duration.ofMinutes(20), Duration.ofMinutes(1));

    Assertions.assertThatCode(() -> limit.check(next("case-1"), DUE)).doesNotThrowAnyException();
  }

  @Test
  void onlyTheCasesOwnNotificationsOfTheHourBeforeItWasDueCount() {
    sent("case-1", Duration.ofMinutes(61), Duration.ofMinutes(90), Duration.ofMinutes(30));
    sent("case-2", Duration.ofMinutes(10), Duration.ofMinutes(5), Duration.ofMinutes(1));
    record.send(notification("next", "case-1", DUE.minusSeconds(10))); // an earlier attempt of this very one

    Assertions.assertThatCode(() -> limit.check(next("case-1"), DUE)).doesNotThrowAnyException();
  }

  @Test
  void eachRecipientHasItsOwnMostSoACaseMayReachManyPeopleAtOnce() {
    for (int customer = 1; customer <= 5; customer++) {
      record.send(new Notification("invite-" + customer, DUE.minusSeconds(customer), "SURVEY", "customer:C-" + customer,
          "How did we do?", "rate us", "RA-1", "case-1"));
    }
    sent("case-1", Duration.ofMinutes(20), Duration.ofMinutes(1));

    Assertions.assertThatCode(() -> limit.check(new Notification("invite-6", DUE, "SURVEY", "customer:C-6",
        "How did we do?", "rate us", "RA-1", "case-1"), DUE)).as("five invitations to five customers").doesNotThrowAnyException();
    Assertions.assertThatCode(() -> limit.check(next("case-1"), DUE)).as("two before to the same group")
        .doesNotThrowAnyException();
  }

  @Test
  void aRetryLaterIsHeldBackAgainForTheHourBeforeItFellDueDoesNotMove() {
    sent("case-1", Duration.ofMinutes(50), Duration.ofMinutes(20), Duration.ofMinutes(1));
    Notification retriedHoursLater = notification("next", "case-1", DUE.plus(Duration.ofHours(4)));

    Assertions.assertThatThrownBy(() -> limit.check(retriedHoursLater, DUE)).hasMessageContaining("has had 3");
  }

  @Test
  void aNotificationOfNoCaseIsNotCountedAndASettingBelowOneIsRefused() {
    Notification noCase = new Notification("n", DUE, "ALERT", "service-manager", "Update", null, null, null);
    Assertions.assertThatCode(() -> limit.check(noCase, DUE)).doesNotThrowAnyException();

    Assertions.assertThatThrownBy(() -> new CaseNotificationLimit(record, 0))
        .hasMessageContaining("aftersales.notification.max-per-case-per-hour must be at least 1");
  }

  private void sent(String processInstanceId, Duration... before) {
    for (Duration ago : before) {
      record.send(notification(processInstanceId + "-" + ago, processInstanceId, DUE.minus(ago)));
    }
  }

  private static Notification next(String processInstanceId) {
    return notification("next", processInstanceId, DUE);
  }

  private static Notification notification(String id, String processInstanceId, Instant at) {
    return new Notification(id, at, "ALERT", "service-manager", "Update", "news", "RO-" + processInstanceId,
        processInstanceId);
  }
}
