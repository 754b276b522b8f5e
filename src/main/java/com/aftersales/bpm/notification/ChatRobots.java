package com.aftersales.bpm.notification;

import com.aftersales.bpm.common.InvalidSettingException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The chat-group robot of each staff group, from {@value #VARIABLE} ({@value #SETTING}):
 * {@code group=url} entries separated by spaces, e.g.
 * {@code service-manager=https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=… parts=https://…}.
 * A group's notifications go to its own robot only, so a chat group reads what its members may
 * read in the inbox and nothing more (ADR 34); a notification to a person goes to no chat group.
 */
public final class ChatRobots {

  public static final String SETTING = "aftersales.notification.webhooks";
  static final String VARIABLE = "AFTERSALES_NOTIFICATION_WEBHOOKS";
  /** Before ADR 34 one robot took every group's notifications; a start with it set is refused. */
  static final String RETIRED_SETTING = "aftersales.notification.webhook-url";
  static final String RETIRED_VARIABLE = "AFTERSALES_NOTIFICATION_WEBHOOK_URL";
  /** The engine's group ids (application.yaml, groupResourceWhitelistPattern). */
  private static final Pattern GROUP_ID = Pattern.compile("[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*");
  private static final String EXAMPLE = VARIABLE + "=\"service-manager=https://… parts=https://…\"";

  private final Map<String, URI> robots;

  private ChatRobots(Map<String, URI> robots) {
    this.robots = robots;
  }

  /** The setting's robots; an {@link InvalidSettingException} naming the entry otherwise. */
  public static ChatRobots of(String setting) {
    Map<String, URI> robots = new LinkedHashMap<>();
    String[] entries = setting == null || setting.isBlank() ? new String[0] : setting.strip().split("\\s+");
    for (int i = 0; i < entries.length; i++) {
      int equals = entries[i].indexOf('=');
      String group = equals < 0 ? "" : entries[i].substring(0, equals);
      if (!GROUP_ID.matcher(group).matches()) {
        throw refused("entry " + (i + 1) + " is not group=url");
      }
      if (robots.put(group, url(group, entries[i].substring(equals + 1))) != null) {
        throw refused("the group " + group + " has a second robot");
      }
    }
    if (robots.isEmpty()) {
      throw refused("it names no group=url");
    }
    return new ChatRobots(Map.copyOf(robots));
  }

  private static URI url(String group, String text) {
    URI url = JsonPost.webAddress(text);
    if (url == null) {
      throw refused("the url of the group " + group + " is not an http or https address");
    }
    return url;
  }

  /** The robots a notification to {@code recipient} goes to: those of the groups it names. */
  Map<String, URI> reachedBy(String recipient) {
    Map<String, URI> reached = new LinkedHashMap<>();
    List<String> ids = Recipients.split(recipient);
    ids.stream().filter(robots::containsKey).forEach(group -> reached.put(group, robots.get(group)));
    return reached;
  }

  Set<String> groups() {
    return robots.keySet();
  }

  /** Names the entry, never its url: a robot's url holds its secret key. */
  private static InvalidSettingException refused(String problem) {
    return new InvalidSettingException(VARIABLE + " (" + SETTING + ") is refused: " + problem + ".",
        "Give each staff group's chat robot as group=url, separated by spaces: " + EXAMPLE + ".");
  }

  /** Refuses a start with the retired single robot, which posted every group's alerts into one chat. */
  static InvalidSettingException retired() {
    return new InvalidSettingException(RETIRED_VARIABLE + " (" + RETIRED_SETTING + ") is set: it posted every "
        + "group's notifications, with customers' names and phones, into one chat group (ADR 34).",
        "Remove it and name each staff group's own robot instead: " + EXAMPLE + ".");
  }
}
