package com.aftersales.bpm.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import com.aftersales.bpm.common.Groups;
import com.aftersales.bpm.parts.PartsModel;
import com.aftersales.bpm.rescue.RescueModel;
import com.aftersales.bpm.review.ReviewModel;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The groups of {@link Groups} and what each may do in the engine, so that each group sees only
 * its work. A group or grant that already exists is left alone (an administrator may have changed
 * it); the system groups' engine grants are the exception: they are removed on every start.
 */
class GroupAuthorizations {

  private static final Logger LOG = LoggerFactory.getLogger(GroupAuthorizations.class);

  private final IdentityService identity;
  private final AuthorizationService authorizations;

  GroupAuthorizations(IdentityService identity, AuthorizationService authorizations) {
    this.identity = identity;
    this.authorizations = authorizations;
  }

  /** Creates the missing groups and grants, and revokes the system groups' engine grants. */
  void ensure() {
    createGroups();
    grantAuthorizations();
    revokeSystemGrants(Groups.INTEGRATION);
    revokeSystemGrants(Groups.MONITORING);
  }

  private void createGroups() {
    for (String id : Groups.ALL) {
      if (identity.createGroupQuery().groupId(id).count() == 0) {
        var group = identity.newGroup(id);
        group.setName(id);
        group.setType(Groups.ADMIN.equals(id) || Groups.MONITORING.equals(id) ? "SYSTEM" : "WORKFLOW");
        identity.saveGroup(group);
      }
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
    // the store manager chairs the joint case review: opens it from Tasklist and reads last month's cases
    grant(Groups.STORE_MANAGER, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
    grant(Groups.STORE_MANAGER, Resources.PROCESS_DEFINITION, ReviewModel.PROCESS, Permissions.READ,
        ProcessDefinitionPermissions.CREATE_INSTANCE);
    for (String reviewed : List.of(RescueModel.RESCUE_PROCESS, PartsModel.PROCESS)) {
      grant(Groups.STORE_MANAGER, Resources.PROCESS_DEFINITION, reviewed, Permissions.READ,
          ProcessDefinitionPermissions.READ_HISTORY);
    }
    grantAuditor();
    grantCustomerSuccess();
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

  /**
   * Customer success managers follow their customers' rescues and parts orders (ADR 0031, 0032):
   * Cockpit's Case history and their notifications in Tasklist's header, the two processes'
   * definitions (names, diagram), and nothing else: no filter, no task, no instance change. Which
   * cases' history they read is granted case by case ({@link SuccessManagerAccess}).
   */
  private void grantCustomerSuccess() {
    String csm = Groups.CUSTOMER_SUCCESS;
    grant(csm, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(csm, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    for (String followed : List.of(RescueModel.RESCUE_PROCESS, PartsModel.PROCESS)) {
      grant(csm, Resources.PROCESS_DEFINITION, followed, Permissions.READ);
    }
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
}
