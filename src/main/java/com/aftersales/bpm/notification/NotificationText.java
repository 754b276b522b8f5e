package com.aftersales.bpm.notification;

/** The body every outside channel sends: the model's message and which case it is about. */
final class NotificationText {

  private NotificationText() {}

  static String body(Notification n) {
    StringBuilder text = new StringBuilder(n.message() == null ? "" : n.message());
    if (n.businessKey() != null) {
      text.append("\n\n案例 Case: ").append(n.businessKey());
    }
    return text.append("\n— 售后流程 aftersales-bpm").toString();
  }
}
