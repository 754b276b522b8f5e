package com.aftersales.bpm.notification;

import java.time.Instant;

/**
 * A message to people: a group, a user, or a customer ({@code customer:<id>}).
 *
 * @param channel how it should reach them (ALERT, REMINDER, SURVEY, …)
 */
public record Notification(String id, Instant createdAt, String channel, String recipient,
    String subject, String message, String businessKey, String processInstanceId) {}
