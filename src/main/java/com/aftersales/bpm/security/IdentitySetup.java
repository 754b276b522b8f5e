package com.aftersales.bpm.security;

import com.aftersales.bpm.common.Groups;
import com.aftersales.bpm.tasklist.TasklistFilters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who may do what, set up at start: the accounts here ({@code admin}, {@code monitoring} and, in
 * the default profile, the demo users), the groups and their engine authorizations in
 * {@link GroupAuthorizations}, Tasklist's filters in {@link TasklistFilters}. What already exists is
 * left alone, so an administrator's later changes survive (Tasklist's filters are brought up to a
 * new definition once). The passwords of {@code admin} and of the scraper's {@code monitoring}
 * account are the exception: they are set from the configuration on every start. Without demo
 * users (prod) no leftover demo user may exist, and {@code monitoring} exists only when its
 * password is configured.
 */
@Component
public class IdentitySetup implements InitializingBean {

  private static final Logger LOG = LoggerFactory.getLogger(IdentitySetup.class);
  static final String ADMIN_USER = "admin";
  private static final String ADMIN_NAME = "Administrator";
  static final String MONITORING_USER = "monitoring";
  private static final String MONITORING_NAME = "Monitoring";

  /** Demo user per group, password "demo" (default profile only). */
  static final Map<String, String> DEMO_USERS = new LinkedHashMap<>();
  static {
    DEMO_USERS.put("advisor", Groups.SERVICE_ADVISOR);
    DEMO_USERS.put("manager", Groups.SERVICE_MANAGER);
    DEMO_USERS.put("regional", Groups.REGIONAL_MANAGER);
    DEMO_USERS.put("parts", Groups.PARTS_COORDINATOR);
    DEMO_USERS.put("sales", Groups.SALES);
    DEMO_USERS.put("delivery", Groups.DELIVERY);
    DEMO_USERS.put("storemanager", Groups.STORE_MANAGER);
    DEMO_USERS.put("quality", Groups.QUALITY);
    DEMO_USERS.put("marketing", Groups.MARKETING);
    DEMO_USERS.put("csm", Groups.CUSTOMER_SUCCESS);
    DEMO_USERS.put("auditor", Groups.AUDITOR);
    DEMO_USERS.put("owner", Groups.PROCESS_OWNER);
    DEMO_USERS.put("integration", Groups.INTEGRATION);
  }

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final FilterService filters;
  private final TaskService tasks;
  private final boolean demoUsers;
  private final String adminPassword;
  private final boolean deleteDemoUsers;
  private final String monitoringPassword;

  public IdentitySetup(IdentityService identity, AuthorizationService authorizations,
      FilterService filters, TaskService tasks,
      @Value("${aftersales.demo-users}") boolean demoUsers,
      @Value("${aftersales.admin.password:}") String adminPassword,
      @Value("${aftersales.delete-demo-users:false}") boolean deleteDemoUsers,
      @Value("${aftersales.monitoring.password:}") String monitoringPassword) {
    this.identity = identity;
    this.authorizations = authorizations;
    this.filters = filters;
    this.tasks = tasks;
    this.demoUsers = demoUsers;
    this.adminPassword = adminPassword;
    this.deleteDemoUsers = deleteDemoUsers;
    this.monitoringPassword = monitoringPassword;
  }

  @Override
  public void afterPropertiesSet() {
    if (adminPassword == null || adminPassword.isBlank()) {
      throw new IllegalStateException(
          "No admin password: set the environment variable AFTERSALES_ADMIN_PASSWORD");
    }
    AccountPassword admin = new AccountPassword(identity, ADMIN_USER, ADMIN_NAME, "AFTERSALES_ADMIN_PASSWORD");
    admin.checkAgainstPolicy(adminPassword);
    boolean monitoringAccount = monitoringPassword != null && !monitoringPassword.isBlank();
    AccountPassword monitoring = new AccountPassword(identity, MONITORING_USER, MONITORING_NAME,
        "AFTERSALES_MONITORING_PASSWORD");
    if (monitoringAccount) {
      monitoring.checkAgainstPolicy(monitoringPassword);
    }
    if (!demoUsers) {
      new LeftoverDemoUsers(identity).removeOrRefuse(leftoverCandidates(monitoringAccount), deleteDemoUsers);
    }
    new GroupAuthorizations(identity, authorizations).ensure();
    createTasklistFilters();
    createUser(ADMIN_USER, ADMIN_NAME, adminPassword, Groups.ADMIN);
    admin.apply(adminPassword);
    if (monitoringAccount) {
      createUser(MONITORING_USER, MONITORING_NAME, monitoringPassword, Groups.MONITORING);
      monitoring.apply(monitoringPassword);
    }
    if (demoUsers) {
      DEMO_USERS.forEach((user, group) -> {
        createUser(user, user, "demo", group);
        giveDemoEmail(user);
      });
      LOG.info("Demo users ready (password 'demo'): admin, {}", String.join(", ", DEMO_USERS.keySet()));
    }
  }

  /**
   * The demo users; and {@code monitoring} when no password is configured for it: then it can only
   * be the default profile's account with the public password "demo".
   */
  private static List<String> leftoverCandidates(boolean monitoringAccount) {
    List<String> ids = new ArrayList<>(DEMO_USERS.keySet());
    if (!monitoringAccount) {
      ids.add(MONITORING_USER);
    }
    return ids;
  }

  /** Demo users get {@code <id>@example.com}, so e-mail notifications reach a test mail server. */
  private void giveDemoEmail(String id) {
    User user = identity.createUserQuery().userId(id).singleResult();
    if (user != null && (user.getEmail() == null || user.getEmail().isBlank())) {
      user.setEmail(id + "@example.com");
      identity.saveUser(user);
    }
  }

  private void createUser(String id, String name, String password, String group) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName(name);
      user.setLastName("");
      user.setPassword(password);
      identity.saveUser(user);
    }
    if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
      identity.createMembership(id, group);
    }
  }

  /**
   * Tasklist shows nothing without filters: one for the user's groups, one for their own tasks,
   * each row showing its case, the most urgent first (see {@link TasklistFilters}).
   */
  private void createTasklistFilters() {
    new TasklistFilters(filters, tasks).ensure();
  }
}
