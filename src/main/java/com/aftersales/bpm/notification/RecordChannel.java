package com.aftersales.bpm.notification;

/**
 * The record every notification gets: the port on channel "record" that keeps each one readable
 * ({@link NotificationRecords}), written in the case's own transaction. The application keeps it in
 * the notification table; process tests keep it in memory.
 */
public interface RecordChannel extends NotificationPort, NotificationRecords {

  String NAME = "record";

  @Override
  default String channel() {
    return NAME;
  }

  @Override
  default boolean sharesTheCaseTransaction() {
    return true;
  }
}
