package com.aftersales.bpm.security;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;

/**
 * An account whose password comes from outside ({@code admin}: {@code AFTERSALES_ADMIN_PASSWORD},
 * {@code monitoring}: {@code AFTERSALES_MONITORING_PASSWORD}) and is applied on every start, so
 * changing the variable and restarting changes it; with the engine's password policy on (prod), a
 * password that breaks the policy stops the start.
 */
class AccountPassword {

  private final IdentityService identity;
  private final String userId;
  private final String firstName;
  /** Where the password comes from, named when it breaks the policy. */
  private final String variable;

  AccountPassword(IdentityService identity, String userId, String firstName, String variable) {
    this.identity = identity;
    this.userId = userId;
    this.firstName = firstName;
    this.variable = variable;
  }

  /** Refuses the password when the engine has a password policy and the password breaks it. */
  void checkAgainstPolicy(String password) {
    PasswordPolicy policy = identity.getPasswordPolicy(); // null while the policy is off
    if (policy == null) {
      return;
    }
    PasswordPolicyResult result = identity.checkPasswordAgainstPolicy(policy, password, user());
    if (!result.isValid()) {
      throw new IllegalStateException(variable + " breaks the password policy: it needs "
          + describe(result.getViolatedRules()) + ". Set a stronger password and start again.");
    }
  }

  /** Gives the (existing) user the password and lifts any lock, whatever happened since the last start. */
  void apply(String password) {
    User user = identity.createUserQuery().userId(userId).singleResult();
    user.setPassword(password);
    identity.saveUser(user);
    identity.unlockUser(userId);
  }

  /** The stored user, or the one about to be created: the policy refuses passwords containing its names. */
  private User user() {
    User user = identity.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      user = identity.newUser(userId);
      user.setFirstName(firstName);
    }
    return user;
  }

  private static String describe(List<PasswordPolicyRule> violated) {
    return violated.stream().map(AccountPassword::describe).collect(Collectors.joining(", "));
  }

  /** Camunda's rules name themselves by placeholder (e.g. PASSWORD_POLICY_LENGTH) with parameters. */
  private static String describe(PasswordPolicyRule rule) {
    Map<String, String> p = rule.getParameters() == null ? Map.of() : rule.getParameters();
    return switch (rule.getPlaceholder()) {
      case "PASSWORD_POLICY_LENGTH" -> "at least " + p.get("minLength") + " characters";
      case "PASSWORD_POLICY_LOWERCASE" -> "at least " + p.get("minLowerCase") + " lower-case letter(s)";
      case "PASSWORD_POLICY_UPPERCASE" -> "at least " + p.get("minUpperCase") + " upper-case letter(s)";
      case "PASSWORD_POLICY_DIGIT" -> "at least " + p.get("minDigit") + " digit(s)";
      case "PASSWORD_POLICY_SPECIAL" -> "at least " + p.get("minSpecial") + " special character(s)";
      case "PASSWORD_POLICY_USER_DATA" -> "not to contain the user's id or name";
      default -> rule.getPlaceholder() + " " + p;
    };
  }
}
