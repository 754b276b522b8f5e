package com.aftersales.bpm.notification;

import com.aftersales.bpm.engine.Caller;
import com.aftersales.bpm.common.RequestParameters;
import com.aftersales.bpm.common.AllowedGroups;
import com.aftersales.bpm.common.Groups;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own inbox for Tasklist's header: only what was addressed to the caller or one of
 * their groups, also for admins (who may read every notification over {@code /api/notifications},
 * but whose header should not count everyone's alerts). It names the caller, so the browser keeps
 * "last seen" per user, and the centre's time zone, so times read as the centre writes them.
 */
@RestController
public class NotificationInboxController {

  private static final int DEFAULT_LIMIT = 50;
  private static final int MAX_LIMIT = 100;

  private final NotificationRecords notifications;
  private final IdentityService identity;
  private final String timeZone;

  public NotificationInboxController(NotificationRecords notifications, IdentityService identity,
      @Value("${aftersales.time-zone}") String timeZone) {
    this.notifications = notifications;
    this.identity = identity;
    this.timeZone = timeZone;
  }

  /** The inbox: whose it is, the centre's time zone, and the newest notifications, newest first. */
  public record Inbox(String userId, String timeZone, List<Notification> notifications) {}

  @GetMapping("/api/notifications/inbox")
  @AllowedGroups({Groups.SERVICE_ADVISOR, Groups.SERVICE_MANAGER, Groups.REGIONAL_MANAGER,
      Groups.PARTS_COORDINATOR, Groups.SALES, Groups.DELIVERY, Groups.STORE_MANAGER, Groups.AUDITOR,
      Groups.PROCESS_OWNER})
  public Inbox inbox(@RequestParam(required = false) String limit) {
    int count = RequestParameters.wholeNumber("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
    Caller caller = Caller.of(identity);
    List<String> recipients = new ArrayList<>(caller.groups());
    recipients.add(caller.userId());
    return new Inbox(caller.userId(), timeZone,
        notifications.findRecent(count, RecipientFilter.addressedTo(recipients)));
  }
}
