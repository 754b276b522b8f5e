package com.aftersales.bpm.notification;

import com.aftersales.bpm.common.InvalidSettingException;
import java.net.URI;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * ADR 34: AFTERSALES_NOTIFICATION_WEBHOOKS names each group's chat robot; a notification reaches the
 * robots of the groups it names and no other. A bad entry, or the retired single robot, stops the
 * start with one message that names the entry but never prints a robot's url (its key is a secret).
 */
@ExtendWith(OutputCaptureExtension.class)
class ChatRobotsTest {

  private static final String KEY = "secret-robot-key";
  private static final String MANAGERS = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=" + KEY;
  private static final String PARTS = "https://oapi.dingtalk.com/robot/send?access_token=" + KEY + "2";

  @Test
  void eachGroupNamedReachesItsOwnRobotOnly() {
    ChatRobots robots = ChatRobots.of("  service-manager=" + MANAGERS + "\n parts-coordinator=" + PARTS + " ");

    Assertions.assertThat(robots.reachedBy("service-advisor, service-manager"))
        .isEqualTo(Map.of("service-manager", URI.create(MANAGERS)));
    Assertions.assertThat(robots.reachedBy("parts-coordinator,service-manager")).containsOnlyKeys("parts-coordinator",
        "service-manager");
    Assertions.assertThat(robots.reachedBy("regional-manager")).as("a group without a robot").isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"li.csm", "customer:C-9", "", "manager"})
  void aPersonOrACustomerIsInNoChatGroup(String recipient) {
    Assertions.assertThat(ChatRobots.of("service-manager=" + MANAGERS).reachedBy(recipient)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {" ", MANAGERS, "=" + MANAGERS, "service manager=" + MANAGERS,
      "service-manager=ftp://robots.example.com/" + KEY, "service-manager=" + KEY, "parts=" + PARTS + " parts=" + PARTS})
  void aBadSettingIsRefusedWithoutPrintingTheKey(String setting) {
    Assertions.assertThatThrownBy(() -> ChatRobots.of(setting)).isInstanceOf(InvalidSettingException.class)
        .hasMessageStartingWith("AFTERSALES_NOTIFICATION_WEBHOOKS (aftersales.notification.webhooks) is refused: ")
        .hasMessageNotContaining(KEY)
        .extracting(e -> ((InvalidSettingException) e).action()).asString().contains("group=url");
  }

  @Test
  void theRetiredSingleRobotStopsTheStartWithWhatToSetInstead(CapturedOutput output) {
    Assertions.assertThat(refusedStart(RetiredOnly.class, "--aftersales.notification.webhook-url=" + MANAGERS, output))
        .contains("AFTERSALES_NOTIFICATION_WEBHOOK_URL (aftersales.notification.webhook-url) is set",
            "AFTERSALES_NOTIFICATION_WEBHOOKS=\"service-manager=https://… parts=https://…\"");
  }

  @Test
  void aBadSettingStopsTheStartTheSameWay(CapturedOutput output) {
    Assertions.assertThat(refusedStart(RobotsOnly.class, "--aftersales.notification.webhooks=service-manager "
        + MANAGERS, output)).contains("is refused: entry 1 is not group=url");
  }

  /** What a start in a bare Spring context (no engine, no web) printed: one message, no trace, no key. */
  private static String refusedStart(Class<?> configuration, String argument, CapturedOutput output) {
    SpringApplicationBuilder start = new SpringApplicationBuilder(configuration).web(WebApplicationType.NONE)
        .logStartupInfo(false);
    Assertions.assertThatThrownBy(() -> start.run(argument)).hasRootCauseInstanceOf(InvalidSettingException.class);
    String printed = output.getOut() + output.getErr();
    Assertions.assertThat(printed).contains("APPLICATION FAILED TO START").doesNotContain(KEY).doesNotContain("\tat ");
    return printed;
  }

  @Configuration(proxyBeanMethods = false)
  @Import(RetiredWebhookSetting.class)
  static class RetiredOnly {}

  @Configuration(proxyBeanMethods = false)
  static class RobotsOnly {
    @Bean
    ChatRobots chatRobots(@Value("${" + ChatRobots.SETTING + "}") String setting) {
      return ChatRobots.of(setting);
    }
  }
}
