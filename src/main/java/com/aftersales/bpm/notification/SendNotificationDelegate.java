package com.aftersales.bpm.notification;

import com.aftersales.bpm.common.ModelBean;
import static com.aftersales.bpm.notification.NotificationVariables.CHANNEL;
import static com.aftersales.bpm.notification.NotificationVariables.MESSAGE;
import static com.aftersales.bpm.notification.NotificationVariables.RECIPIENT;
import static com.aftersales.bpm.notification.NotificationVariables.SUBJECT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Sends the notification a service task describes with its input parameters (channel, recipient,
 * subject, message), so process owners word notifications in the model.
 */
@ModelBean("sendNotification")
public class SendNotificationDelegate implements JavaDelegate {

  private final NotificationPort notifications;

  public SendNotificationDelegate(NotificationPort notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String recipient = RECIPIENT.get(execution);
    if (recipient == null || recipient.isBlank()) {
      throw new IllegalStateException("Task " + execution.getCurrentActivityId()
          + " has no notificationRecipient input parameter");
    }
    notifications.send(CHANNEL.get(execution), recipient, SUBJECT.get(execution),
        MESSAGE.get(execution), execution.getProcessBusinessKey(), execution.getProcessInstanceId());
  }
}
