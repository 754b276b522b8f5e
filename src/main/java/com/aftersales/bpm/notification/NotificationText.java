package com.aftersales.bpm.notification;

/** The subject and body every outside channel sends: the model's words and which case it is about. */
final class NotificationText {

  /** Put before an urgent notification's subject, so that it stands out in a mailbox or a chat. */
  static final String URGENT_MARK = "[紧急 URGENT] ";

  private NotificationText() {}

  static String subject(Notification n) {
    String subject = n.subject() == null ? "" : n.subject();
    return n.urgent() ? URGENT_MARK + subject : subject;
  }

  static String body(Notification n) {
    StringBuilder text = new StringBuilder(n.message() == null ? "" : n.message());
    if (n.businessKey() != null) {
      text.append("\n\n案例 Case: ").append(n.businessKey());
    }
    return text.append("\n— 售后流程 aftersales-bpm").toString();
  }
}
