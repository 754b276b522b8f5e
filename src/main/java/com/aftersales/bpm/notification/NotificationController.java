package com.aftersales.bpm.notification;

import com.aftersales.bpm.engine.AsApplication;
import com.aftersales.bpm.engine.Caller;
import com.aftersales.bpm.common.RequestParameters;
import com.aftersales.bpm.common.AllowedGroups;
import com.aftersales.bpm.common.CentreTimeZone;
import com.aftersales.bpm.common.Groups;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read access to the notifications the record kept. They carry customers' personal data:
 * auditors read all, everyone else only what was addressed to them or to one of their groups.
 */
@RestController
@RequestMapping("/api/notifications")
public class NotificationController {

  private static final int DEFAULT_LIMIT = 100;
  private static final int MAX_LIMIT = 1000;
  private static final int INBOX_DEFAULT_LIMIT = 50;
  private static final int INBOX_MAX_LIMIT = 100;

  private final NotificationRecords notifications;
  private final IdentityService identity;
  private final CentreTimeZone centre;
  private final Recipients named;

  public NotificationController(NotificationRecords notifications, IdentityService identity,
      CentreTimeZone centre, Recipients named) {
    this.notifications = notifications;
    this.identity = identity;
    this.centre = centre;
    this.named = named;
  }

  @GetMapping
  @AllowedGroups({Groups.SERVICE_ADVISOR, Groups.SERVICE_MANAGER, Groups.REGIONAL_MANAGER,
      Groups.PARTS_COORDINATOR, Groups.SALES, Groups.DELIVERY, Groups.STORE_MANAGER, Groups.AUDITOR,
      Groups.PROCESS_OWNER, Groups.MARKETING, Groups.CUSTOMER_SUCCESS})
  public List<Notification> list(@RequestParam(required = false) String businessKey,
      @RequestParam(required = false) String limit) {
    int count = RequestParameters.wholeNumber("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
    RequestParameters.plainText("businessKey", businessKey);
    RecipientFilter filter = readableByCaller();
    return businessKey == null ? notifications.findRecent(count, filter)
        : notifications.findByBusinessKey(businessKey, filter);
  }

  /** The inbox: whose it is, the centre's time zone, and the newest notifications, newest first. */
  public record Inbox(String userId, String timeZone, List<Notification> notifications) {}

  /**
   * The caller's own inbox for Tasklist's header: only what was addressed to the caller or one of
   * their groups, also for auditors and admins (whose header should not count everyone's alerts).
   * It names the caller, so the browser keeps "last seen" per user, and the centre's time zone, so
   * times read as the centre writes them.
   */
  @GetMapping("/inbox")
  @AllowedGroups({Groups.SERVICE_ADVISOR, Groups.SERVICE_MANAGER, Groups.REGIONAL_MANAGER,
      Groups.PARTS_COORDINATOR, Groups.SALES, Groups.DELIVERY, Groups.STORE_MANAGER, Groups.AUDITOR,
      Groups.PROCESS_OWNER, Groups.MARKETING, Groups.CUSTOMER_SUCCESS})
  public Inbox inbox(@RequestParam(required = false) String limit) {
    int count = RequestParameters.wholeNumber("limit", limit, INBOX_DEFAULT_LIMIT, 1, INBOX_MAX_LIMIT);
    Caller caller = Caller.of(identity);
    return new Inbox(caller.userId(), centre.id(), notifications.findRecent(count, addressedTo(caller)));
  }

  private RecipientFilter readableByCaller() {
    Caller caller = Caller.of(identity);
    if (caller == null) {
      return RecipientFilter.addressedTo(List.of());
    }
    return caller.groups().contains(Groups.AUDITOR) || caller.groups().contains(Groups.ADMIN)
        ? RecipientFilter.everything() : addressedTo(caller);
  }

  /**
   * Notifications to the caller or to one of the caller's groups. The caller's own id counts only
   * where no group has it: a recipient naming such an id is the group's ({@link Recipients}), and an
   * account of that id (made before the engine refused such ids) is no member of it by its name.
   */
  private RecipientFilter addressedTo(Caller caller) {
    List<String> recipients = new ArrayList<>(caller.groups());
    if (!AsApplication.call(identity, () -> named.isGroup(caller.userId()))) {
      recipients.add(caller.userId());
    }
    return RecipientFilter.addressedTo(recipients);
  }
}
