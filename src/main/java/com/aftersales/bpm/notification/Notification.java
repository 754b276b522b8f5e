package com.aftersales.bpm.notification;

import java.time.Instant;

/**
 * A message to people: a group, a user, or a customer ({@code customer:<id>}).
 *
 * @param channel how it should reach them (URGENT, ALERT, REMINDER, SURVEY, …)
 */
public record Notification(String id, Instant createdAt, String channel, String recipient,
    String subject, String message, String businessKey, String processInstanceId) {

  /**
   * The channel that must reach people's phones at once (SPEC 1.1: a red alert, "SMS/phone"): the
   * outside ports mark it urgent, each in its own way. A model or the alert table chooses it.
   */
  public static final String URGENT = "URGENT";

  public boolean urgent() {
    return URGENT.equals(channel);
  }
}
