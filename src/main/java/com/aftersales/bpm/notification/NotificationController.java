package com.aftersales.bpm.notification;

import com.aftersales.bpm.engine.Caller;
import com.aftersales.bpm.common.RequestParameters;
import com.aftersales.bpm.common.AllowedGroups;
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

  private final NotificationRecords notifications;
  private final IdentityService identity;

  public NotificationController(NotificationRecords notifications, IdentityService identity) {
    this.notifications = notifications;
    this.identity = identity;
  }

  @GetMapping
  @AllowedGroups({Groups.SERVICE_ADVISOR, Groups.SERVICE_MANAGER, Groups.REGIONAL_MANAGER,
      Groups.PARTS_COORDINATOR, Groups.SALES, Groups.DELIVERY, Groups.STORE_MANAGER, Groups.AUDITOR,
      Groups.PROCESS_OWNER})
  public List<Notification> list(@RequestParam(required = false) String businessKey,
      @RequestParam(required = false) String limit) {
    int count = RequestParameters.wholeNumber("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
    RequestParameters.plainText("businessKey", businessKey);
    RecipientFilter filter = readableByCaller();
    return businessKey == null ? notifications.findRecent(count, filter)
        : notifications.findByBusinessKey(businessKey, filter);
  }

  private RecipientFilter readableByCaller() {
    Caller caller = Caller.of(identity);
    if (caller == null) {
      return RecipientFilter.addressedTo(List.of());
    }
    List<String> groups = caller.groups();
    if (groups.contains(Groups.AUDITOR) || groups.contains(Groups.ADMIN)) {
      return RecipientFilter.everything();
    }
    List<String> recipients = new ArrayList<>(groups);
    recipients.add(caller.userId());
    return RecipientFilter.addressedTo(recipients);
  }
}
