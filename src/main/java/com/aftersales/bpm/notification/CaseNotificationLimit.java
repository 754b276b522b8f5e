package com.aftersales.bpm.notification;

import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At most so many notifications of one case to one recipient in the hour before the next one falls
 * due ({@code aftersales.notification.max-per-case-per-hour}). Our own models send a handful to
 * anyone in a case's whole life; a deployed model whose flow loops through a notification would
 * send to the same phones without end. The notification over the limit fails its job instead, on
 * every retry (the hour is counted back from when it fell due), so the case ends at an incident and
 * waits (ADR 24). Per recipient, because one case may rightly reach many people at once: a red
 * alert asks each of its settled customers to rate us.
 */
@Component
public class CaseNotificationLimit {

  /** The setting, named in the refusal so that an operator finds it. */
  public static final String SETTING = "aftersales.notification.max-per-case-per-hour";
  private static final Duration WINDOW = Duration.ofHours(1);

  private final NotificationRecords records;
  private final int perHour;

  public CaseNotificationLimit(NotificationRecords records, @Value("${" + SETTING + "}") int perHour) {
    if (perHour < 1) {
      throw new IllegalArgumentException(SETTING + " must be at least 1, not " + perHour);
    }
    this.records = records;
    this.perHour = perHour;
  }

  /** Throws when the case of {@code next} has had the most notifications in the hour before {@code due}. */
  public void check(Notification next, Instant due) {
    if (next.processInstanceId() == null) {
      return;
    }
    int sent = records.countForCase(next.processInstanceId(), next.recipient(), due.minus(WINDOW), next.id());
    if (sent >= perHour) {
      throw new IllegalStateException("Case " + next.businessKey() + " (process instance " + next.processInstanceId()
          + ") has had " + sent + " notifications to " + next.recipient() + " since " + due.minus(WINDOW)
          + ", the hour before this one fell due, and " + perHour + " is the most one case may send to one recipient ("
          + SETTING + "): \"" + next.subject()
          + "\" is held back, as a model whose flow loops would never stop sending. A retry holds it back "
          + "again: look at the case's path in Cockpit and cancel the case, or raise the setting if the model is right.");
    }
  }
}
