package com.aftersales.bpm.notification;

import static com.aftersales.bpm.notification.NotificationVariables.CHANNEL;
import static com.aftersales.bpm.notification.NotificationVariables.MESSAGE;
import static com.aftersales.bpm.notification.NotificationVariables.RECIPIENT;
import static com.aftersales.bpm.notification.NotificationVariables.SUBJECT;

import com.aftersales.bpm.common.ModelBean;
import java.time.Instant;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import com.aftersales.bpm.engine.EngineClock;
import com.aftersales.bpm.engine.EngineCommand;

/**
 * Sends the notification a service task describes with its input parameters (channel, recipient,
 * subject, message), so process owners word notifications in the model. The task runs as its own
 * job after the case's step committed ({@code asyncBefore}, set by the "Send notification" element
 * template); the job's id is the notification's id, so its retries are one notification. A case
 * gets at most so many in an hour ({@link CaseNotificationLimit}), so a model that loops cannot flood.
 */
@ModelBean("sendNotification")
public class SendNotificationDelegate implements JavaDelegate {

  private final NotificationDispatcher dispatcher;
  private final CaseNotificationLimit limit;

  public SendNotificationDelegate(NotificationDispatcher dispatcher, CaseNotificationLimit limit) {
    this.dispatcher = dispatcher;
    this.limit = limit;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String recipient = RECIPIENT.optional(execution).orElse(null);
    if (recipient == null || recipient.isBlank()) {
      throw new IllegalStateException("Task " + execution.getCurrentActivityId()
          + " has no notificationRecipient input parameter");
    }
    Notification notification = new Notification(notificationId(execution), EngineClock.instant(),
        CHANNEL.get(execution), recipient, SUBJECT.optional(execution).orElse(null),
        MESSAGE.optional(execution).orElse(null),
        execution.getProcessBusinessKey(), execution.getProcessInstanceId());
    Instant due = EngineCommand.jobCreatedAt(execution.getCurrentActivityId());
    limit.check(notification, due != null ? due : notification.createdAt());
    dispatcher.dispatch(notification);
  }

  /**
   * The id of the job that runs this task (its own asynchronous continuation), the same on every
   * retry; a task a model left synchronous gets a fresh id each time. The engine has already
   * marked the job deleted when the task runs, so a job query would not find it.
   */
  private static String notificationId(DelegateExecution execution) {
    String jobId = EngineCommand.jobIdAt(execution.getCurrentActivityId());
    return jobId != null ? jobId : UUID.randomUUID().toString();
  }
}
