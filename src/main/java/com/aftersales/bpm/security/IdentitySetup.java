package com.aftersales.bpm.security;

import com.aftersales.bpm.common.Groups;
import com.aftersales.bpm.review.ReviewModel;
import com.aftersales.bpm.rescue.RescueModel;
import com.aftersales.bpm.parts.PartsModel;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import com.aftersales.bpm.tasklist.TasklistFilters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Groups, authorizations, Tasklist filters and (in the default profile) demo users, created at
 * start and left alone when they already exist, so an administrator's later changes survive
 * (Tasklist's filters are brought up to a new definition once, see {@link TasklistFilters}). The
 * passwords of {@code admin} and of the scraper's {@code monitoring} account are the exception:
 * they are set from the configuration on every start. Without demo users (prod) no leftover demo
 * user may exist, and {@code monitoring} exists only when its password is configured.
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
    createGroups();
    grantAuthorizations();
    revokeSystemGrants(Groups.INTEGRATION);
    revokeSystemGrants(Groups.MONITORING);
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
    List<String> ids = new java.util.ArrayList<>(DEMO_USERS.keySet());
    if (!monitoringAccount) {
      ids.add(MONITORING_USER);
    }
    return ids;
  }

  private void createGroups() {
    List<String> all = new java.util.ArrayList<>(List.of(Groups.ADMIN, Groups.AUDITOR,
        Groups.PROCESS_OWNER, Groups.INTEGRATION, Groups.MONITORING));
    all.addAll(Groups.STAFF);
    for (String id : all) {
      if (identity.createGroupQuery().groupId(id).count() == 0) {
        var group = identity.newGroup(id);
        group.setName(id);
        group.setType(Groups.ADMIN.equals(id) || Groups.MONITORING.equals(id) ? "SYSTEM" : "WORKFLOW");
        identity.saveGroup(group);
      }
    }
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

  private void grantAuthorizations() {
    for (Resources resource : Resources.values()) {
      grant(Groups.ADMIN, resource, "*", Permissions.ALL);
    }
    for (String staff : Groups.STAFF) {
      grant(staff, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      grant(staff, Resources.FILTER, "*", Permissions.READ);
      // process names in Tasklist; the tasks themselves come with candidate-group membership
      grant(staff, Resources.PROCESS_DEFINITION, "*", Permissions.READ);
    }
    // the batch view of a part (GET /api/part-shortages) reads the waiting orders
    for (String group : List.of(Groups.SERVICE_ADVISOR, Groups.SERVICE_MANAGER, Groups.REGIONAL_MANAGER,
        Groups.PARTS_COORDINATOR)) {
      grant(group, Resources.PROCESS_DEFINITION, PartsModel.PROCESS, Permissions.READ,
          ProcessDefinitionPermissions.READ_INSTANCE);
    }
    // the store manager chairs the joint case review: opens it from Tasklist and reads last month's cases
    grant(Groups.STORE_MANAGER, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
    grant(Groups.STORE_MANAGER, Resources.PROCESS_DEFINITION, ReviewModel.PROCESS, Permissions.READ,
        ProcessDefinitionPermissions.CREATE_INSTANCE);
    for (String reviewed : List.of(RescueModel.RESCUE_PROCESS, PartsModel.PROCESS)) {
      grant(Groups.STORE_MANAGER, Resources.PROCESS_DEFINITION, reviewed, Permissions.READ,
          ProcessDefinitionPermissions.READ_HISTORY);
    }
    grantAuditor();
    grant(Groups.PROCESS_OWNER, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(Groups.PROCESS_OWNER, Resources.DEPLOYMENT, "*", Permissions.CREATE, Permissions.READ);
    grant(Groups.PROCESS_OWNER, Resources.PROCESS_DEFINITION, "*", Permissions.READ);
    grant(Groups.PROCESS_OWNER, Resources.DECISION_DEFINITION, "*", Permissions.READ);
    grant(Groups.PROCESS_OWNER, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", Permissions.READ);
  }

  /**
   * The integration systems use our API only, which drives the engine itself, and the metrics
   * scraper reads the actuator only: they hold no engine authorization. Earlier versions granted
   * integration some; a database from then still has them, and the engine gives a new group read
   * access to itself.
   */
  private void revokeSystemGrants(String group) {
    for (Authorization grant : authorizations.createAuthorizationQuery().groupIdIn(group).list()) {
      authorizations.deleteAuthorization(grant.getId());
      LOG.info("Revoked engine authorization {} of group {}", grant.getId(), group);
    }
  }

  /** Auditors read everything in Cockpit and change nothing. */
  private void grantAuditor() {
    String a = Groups.AUDITOR;
    grant(a, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(a, Resources.PROCESS_DEFINITION, "*", Permissions.READ,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.READ_TASK);
    grant(a, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
    grant(a, Resources.TASK, "*", Permissions.READ);
    grant(a, Resources.HISTORIC_TASK, "*", HistoricTaskPermissions.READ);
    grant(a, Resources.HISTORIC_PROCESS_INSTANCE, "*", HistoricProcessInstancePermissions.READ);
    grant(a, Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
    grant(a, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", Permissions.READ);
    grant(a, Resources.DEPLOYMENT, "*", Permissions.READ);
    grant(a, Resources.OPERATION_LOG_CATEGORY, "*", UserOperationLogCategoryPermissions.READ);
  }

  private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
    boolean exists = authorizations.createAuthorizationQuery().groupIdIn(group)
        .resourceType(resource).resourceId(resourceId).count() > 0;
    if (exists) {
      return;
    }
    Authorization auth = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    auth.setGroupId(group);
    auth.setResource(resource);
    auth.setResourceId(resourceId);
    for (Permission permission : permissions) {
      auth.addPermission(permission);
    }
    authorizations.saveAuthorization(auth);
  }

  /**
   * Tasklist shows nothing without filters: one for the user's groups, one for their own tasks,
   * each row showing its case, the most urgent first (see {@link TasklistFilters}).
   */
  private void createTasklistFilters() {
    new TasklistFilters(filters, tasks).ensure();
  }
}
