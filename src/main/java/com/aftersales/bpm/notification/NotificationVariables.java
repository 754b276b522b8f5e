package com.aftersales.bpm.notification;

import com.aftersales.bpm.common.ProcessVariable;

/** Input parameters a "send notification" service task declares in the model. */
public final class NotificationVariables {

  public static final ProcessVariable<String> CHANNEL = ProcessVariable.of("notificationChannel", String.class);
  public static final ProcessVariable<String> RECIPIENT = ProcessVariable.of("notificationRecipient", String.class);
  public static final ProcessVariable<String> SUBJECT = ProcessVariable.of("notificationSubject", String.class);
  public static final ProcessVariable<String> MESSAGE = ProcessVariable.of("notificationMessage", String.class);

  private NotificationVariables() {}
}
