package com.aftersales.bpm.notification;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Who a notification's recipient stands for: group ids and user ids, several separated by commas,
 * or a customer ({@code customer:<id>}), whom no staff channel reaches.
 */
@Component
public class Recipients {

  static final String CUSTOMER_PREFIX = "customer:";

  private final IdentityService identity;

  public Recipients(IdentityService identity) {
    this.identity = identity;
  }

  static List<String> split(String recipient) {
    return recipient == null ? List.of() : Arrays.stream(recipient.split(",")).map(String::strip)
        .filter(id -> !id.isEmpty()).toList();
  }

  static boolean isStaff(String recipient) {
    return split(recipient).stream().anyMatch(id -> !id.startsWith(CUSTOMER_PREFIX));
  }

  boolean isGroup(String id) {
    return identity.createGroupQuery().groupId(id).count() > 0;
  }

  /**
   * The e-mail addresses of every user named and every member of every group named, each mailbox
   * once: two accounts whose addresses differ only in case (a manager's own and a duty account) are
   * one mailbox to every mail system, and would get two mails.
   */
  public Set<String> emailsOf(String recipient) {
    Map<String, String> byMailbox = new LinkedHashMap<>();
    usersOf(recipient).stream().map(User::getEmail).filter(Objects::nonNull).map(String::strip)
        .filter(e -> !e.isEmpty()).forEach(e -> byMailbox.putIfAbsent(e.toLowerCase(Locale.ROOT), e));
    return new LinkedHashSet<>(byMailbox.values());
  }

  /** Every user named and every member of every group named, each once; customers are not staff. */
  public List<User> usersOf(String recipient) {
    Map<String, User> users = new LinkedHashMap<>();
    for (String id : split(recipient)) {
      if (id.startsWith(CUSTOMER_PREFIX)) {
        continue;
      }
      (isGroup(id) ? identity.createUserQuery().memberOfGroup(id).list() : identity.createUserQuery().userId(id).list())
          .forEach(user -> users.putIfAbsent(user.getId(), user));
    }
    return List.copyOf(users.values());
  }
}
