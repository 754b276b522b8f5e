package com.aftersales.bpm.api;

import com.aftersales.bpm.notification.LoggingNotificationAdapter;
import com.aftersales.bpm.notification.Notification;
import com.aftersales.bpm.common.Groups;
import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Tasklist's header reads the caller's own inbox: addressed to them or their groups, admins included. */
@ApplicationTest
class NotificationInboxApiTest extends ApplicationTestSupport {

  @Autowired LoggingNotificationAdapter notifications;

  @Test
  void eachReaderGetsOnlyWhatWasAddressedToThemOrTheirGroups() throws Exception {
    record("ALERT", Groups.SERVICE_MANAGER, "INBOX to managers", "王先生", "INBOX-1", null);
    record("REMINDER", "advisor", "INBOX to the advisor", "call back", "INBOX-1", null);
    record("ALERT", "admin", "INBOX to admin", "look", "INBOX-1", null);

    JsonNode manager = inbox("manager", "");
    Assertions.assertThat(manager.get("userId").asText()).isEqualTo("manager");
    Assertions.assertThat(manager.get("timeZone").asText()).isEqualTo("Asia/Shanghai");
    Assertions.assertThat(manager.get("notifications").findValuesAsText("recipient"))
        .contains(Groups.SERVICE_MANAGER)
        .as("each addressed to the manager or to a list of groups with theirs")
        .allMatch(r -> r.equals("manager") || java.util.Arrays.asList(r.split(",")).contains(Groups.SERVICE_MANAGER));
    Assertions.assertThat(inbox("advisor", "").get("notifications").findValuesAsText("subject"))
        .contains("INBOX to the advisor").doesNotContain("INBOX to managers");
    // admins read every notification over /api/notifications, but their inbox is their own
    Assertions.assertThat(inbox("admin", "").get("notifications").findValuesAsText("recipient"))
        .contains("admin").isSubsetOf(Groups.ADMIN, "admin");
    Assertions.assertThat(inbox("sales", "").get("notifications").findValuesAsText("subject"))
        .doesNotContain("INBOX to managers", "INBOX to the advisor", "INBOX to admin");
  }

  @Test
  void newestFirstAndLimited() throws Exception {
    record("ALERT", "regional", "INBOX older", "", "INBOX-2", null);
    record("ALERT", "regional", "INBOX newer", "", "INBOX-2", null);

    Assertions.assertThat(inbox("regional", "?limit=1").get("notifications").findValuesAsText("subject"))
        .containsExactly("INBOX newer");
  }

  @Test
  void aBadLimitIsRefusedAndTheIntegrationSystemsHaveNoInbox() throws Exception {
    for (String limit : new String[] {"0", "101", "x", "1.5"}) {
      HttpResponse<String> refused = http.get("manager", "/api/notifications/inbox?limit=" + limit);
      Assertions.assertThat(refused.statusCode()).as(limit).isEqualTo(400);
      Assertions.assertThat(json.readTree(refused.body()).findValuesAsText("field")).containsExactly("limit");
    }
    Assertions.assertThat(http.get("integration", "/api/notifications/inbox").statusCode()).isEqualTo(403);
    Assertions.assertThat(http.get(null, "/api/notifications/inbox").statusCode()).isEqualTo(401);
  }

  private JsonNode inbox(String user, String query) throws Exception {
    HttpResponse<String> response = http.get(user, "/api/notifications/inbox" + query);
    Assertions.assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private int recorded;

  /** A notification as the record keeps it, each a millisecond after the one before. */
  private void record(String channel, String recipient, String subject, String message, String businessKey,
      String processInstanceId) {
    notifications.send(new Notification(java.util.UUID.randomUUID().toString(),
        java.time.Instant.now().plusMillis(recorded++), channel, recipient, subject, message, businessKey,
        processInstanceId));
  }
}
