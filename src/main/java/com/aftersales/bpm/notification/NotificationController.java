package com.aftersales.bpm.notification;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read access to the notifications the default adapter kept. */
@RestController
@Validated
@RequestMapping("/api/notifications")
public class NotificationController {

  private final NotificationPort notifications;

  public NotificationController(NotificationPort notifications) {
    this.notifications = notifications;
  }

  @GetMapping
  public List<Notification> list(@RequestParam(required = false) String businessKey,
      @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
    return businessKey == null ? notifications.findRecent(limit)
        : notifications.findByBusinessKey(businessKey);
  }
}
