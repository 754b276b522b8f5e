package com.aftersales.bpm.notification;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * ADR 34, the adapter against a real HTTP receiver: one post to each named group's robot, none to
 * a group not named or to anyone's chat for a personal message, and a retry after one robot failed
 * posts only to that robot. NotificationDeliveryTest runs the same through the whole application.
 */
class GroupRobotsTest {

  private final RobotReceiver robot = new RobotReceiver();
  private final Set<String> delivered = new HashSet<>();
  private final WebhookNotificationAdapter adapter = new WebhookNotificationAdapter(new ObjectMapper(),
      new DeliveryLog() {
        @Override
        public boolean delivered(String notificationId, String channel) {
          return delivered.contains(notificationId + " " + channel);
        }

        @Override
        public void markDelivered(String notificationId, String channel) {
          delivered.add(notificationId + " " + channel);
        }
      }, null, robot.setting("service-manager", "service-advisor", "parts-coordinator"));

  @AfterEach
  void stop() {
    robot.close();
  }

  @Test
  void eachGroupNamedHearsItOnceInItsOwnChat() {
    adapter.send(notification("n-1", "service-advisor,service-manager,regional-manager"));

    Assertions.assertThat(robot.accepted("service-advisor")).singleElement().asString().contains("S-1");
    Assertions.assertThat(robot.accepted("service-manager")).hasSize(1);
    Assertions.assertThat(robot.accepted("parts-coordinator")).as("a group not named").isEmpty();
  }

  @Test
  void aMessageToAPersonOrACustomerGoesToNoChatGroup() {
    adapter.send(notification("n-2", "li.csm"));
    adapter.send(notification("n-3", "customer:C-9"));

    for (String group : new String[] {"service-advisor", "service-manager", "parts-coordinator"}) {
      Assertions.assertThat(robot.accepted(group)).as(group).isEmpty();
    }
  }

  @Test
  void aRetryAfterOneRobotFailedPostsToThatRobotOnly() {
    robot.refuseNext("service-manager", 1);

    Assertions.assertThatThrownBy(() -> adapter.send(notification("n-4", "service-advisor,service-manager")))
        .hasMessageContaining("the robot of service-manager answered 503").hasMessageNotContaining("127.0.0.1");
    Assertions.assertThat(robot.accepted("service-advisor")).hasSize(1);

    adapter.send(notification("n-4", "service-advisor,service-manager"));

    Assertions.assertThat(robot.accepted("service-advisor")).as("not a second message").hasSize(1);
    Assertions.assertThat(robot.accepted("service-manager")).hasSize(1);
    Assertions.assertThat(delivered).containsExactlyInAnyOrder("n-4 webhook:service-advisor",
        "n-4 webhook:service-manager");
  }

  /** ADR 47: a robot that fails keeps the groups after it from nothing; its retry carries the same key. */
  @Test
  void aFailingRobotHoldsBackNoOtherGroupAndItsRetryCarriesTheSameKey() {
    robot.refuseNext("service-manager", 1);

    Assertions.assertThatThrownBy(() -> adapter.send(notification("n-5", "service-manager,service-advisor")))
        .hasMessageContaining("the robot of service-manager answered 503");
    Assertions.assertThat(robot.accepted("service-advisor")).as("the next group hears it at once").hasSize(1);

    adapter.send(notification("n-5", "service-manager,service-advisor"));

    Assertions.assertThat(robot.accepted("service-manager")).hasSize(1);
    Assertions.assertThat(robot.accepted("service-advisor")).hasSize(1);
    Assertions.assertThat(robot.keys("service-manager")).as("the same key on the try and the retry")
        .containsExactly("n-5:webhook:service-manager", "n-5:webhook:service-manager");
    Assertions.assertThat(robot.keys("service-advisor")).containsExactly("n-5:webhook:service-advisor");
  }

  private static Notification notification(String id, String recipient) {
    return new Notification(id, Instant.parse("2026-11-23T09:00:00Z"), "ALERT", recipient, "黄色预警 Yellow alert",
        "请联系客户 Call the customer", "S-1", "pi-1");
  }
}
