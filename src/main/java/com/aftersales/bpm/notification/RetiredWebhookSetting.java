package com.aftersales.bpm.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Stops a start that still sets the single robot of before ADR 34, with what to set instead: its
 * chat group would otherwise lose its alerts without a word, or get every group's.
 */
@Component
@ConditionalOnProperty(ChatRobots.RETIRED_SETTING)
class RetiredWebhookSetting {

  RetiredWebhookSetting() {
    throw ChatRobots.retired();
  }
}
