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

  /**
   * An SMS: the subject and the case only, at most {@value #SMS_LENGTH} characters. The details,
   * the customer's phone among them, stay in Tasklist, the mail and the chat: a text message lies
   * unencrypted with the carrier and shows on a locked phone's screen (ADR 35).
   */
  static String sms(Notification n) {
    String caseKey = n.businessKey() == null ? "" : " · 案例 Case " + n.businessKey();
    String tail = caseKey + " · 详情见 Tasklist";
    String subject = subject(n);
    int room = SMS_LENGTH - tail.length();
    return (subject.length() > room ? subject.substring(0, Math.max(0, room - 1)) + "…" : subject) + tail;
  }

  /** Two SMS segments of Chinese text (70 characters each): long enough, short enough to be read at once. */
  static final int SMS_LENGTH = 140;
}
