package com.aftersales.bpm.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * {@code READ} on one running case's history for one user or group (historic instance permissions,
 * ADR 0032), written in the case's own command without the requesting user's authorizations, once.
 * The grant carries the case's root id, so the history cleanup removes it with the case: the engine
 * looks that id up only in the database, where a case started in this same command is not yet.
 */
public final class CaseHistoryGrant {

  private CaseHistoryGrant() {}

  /** Grants it to {@code userId}, or to {@code groupId} when the user is null. */
  public static void read(DelegateExecution execution, String userId, String groupId) {
    String caseId = execution.getProcessInstanceId();
    AuthorizationService authorizations = execution.getProcessEngineServices().getAuthorizationService();
    EngineCommand.withoutAuthorization(() -> {
      var existing = grantsOn(authorizations, caseId);
      if ((userId != null ? existing.userIdIn(userId) : existing.groupIdIn(groupId)).count() > 0) {
        return null;
      }
      AuthorizationEntity grant = (AuthorizationEntity) authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      grant.setUserId(userId);
      grant.setGroupId(userId != null ? null : groupId);
      grant.setResource(Resources.HISTORIC_PROCESS_INSTANCE);
      grant.setResourceId(caseId);
      grant.addPermission(HistoricProcessInstancePermissions.READ);
      authorizations.saveAuthorization(grant);
      // after the save, which cleared it; the insert is written when the case's command ends
      grant.setRootProcessInstanceId(((ExecutionEntity) execution).getRootProcessInstanceId());
      return null;
    });
  }

  /** The cases whose history {@code userId} may read by a grant of their own (not through a group). */
  public static List<String> casesOf(ProcessEngineServices engine, String userId) {
    return EngineCommand.withoutAuthorization(() -> engine.getAuthorizationService().createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT).resourceType(Resources.HISTORIC_PROCESS_INSTANCE)
        .userIdIn(userId).list().stream()
        .filter(grant -> grant.isPermissionGranted(HistoricProcessInstancePermissions.READ))
        .map(Authorization::getResourceId).filter(caseId -> !Authorization.ANY.equals(caseId)).toList());
  }

  /**
   * Hands the user's grant on the case to the group, inside the current command and as its user
   * (the operation log names who did it): the grant is changed to the group's, or deleted when the
   * group holds one on the case already.
   */
  public static void handOver(ProcessEngineServices engine, String caseId, String userId, String groupId) {
    AuthorizationService authorizations = engine.getAuthorizationService();
    EngineCommand.withoutAuthorization(() -> {
      Authorization grant = grantsOn(authorizations, caseId).userIdIn(userId).singleResult();
      if (grant == null) {
        return null;
      }
      if (grantsOn(authorizations, caseId).groupIdIn(groupId).count() > 0) {
        authorizations.deleteAuthorization(grant.getId());
      } else {
        grant.setUserId(null);
        grant.setGroupId(groupId);
        authorizations.saveAuthorization(grant); // the engine sets the case's root id again: it is in the database
      }
      return null;
    });
  }

  /**
   * Moves the case's success-manager grant (ADR 0032) from whoever held it, the user {@code fromUser}
   * or the group {@code group}, to {@code toUser}, or to the group when that is null; in one engine
   * command within the caller's transaction, as its user. Grants others hold on the case stay.
   */
  public static void moveTo(ProcessEngine engine, String caseId, String fromUser, String toUser, String group) {
    AuthorizationService authorizations = engine.getAuthorizationService();
    EngineCommand.inCommand(engine, () -> EngineCommand.withoutAuthorization(() -> {
      List<Authorization> held = new ArrayList<>(grantsOn(authorizations, caseId).groupIdIn(group).list());
      if (fromUser != null) {
        held.addAll(grantsOn(authorizations, caseId).userIdIn(fromUser).list());
      }
      held.stream().filter(grant -> !(toUser == null ? group.equals(grant.getGroupId()) : toUser.equals(grant.getUserId())))
          .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
      var existing = grantsOn(authorizations, caseId);
      if ((toUser != null ? existing.userIdIn(toUser) : existing.groupIdIn(group)).count() == 0) {
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setUserId(toUser);
        grant.setGroupId(toUser != null ? null : group);
        grant.setResource(Resources.HISTORIC_PROCESS_INSTANCE);
        grant.setResourceId(caseId);
        grant.addPermission(HistoricProcessInstancePermissions.READ);
        authorizations.saveAuthorization(grant); // the case is in the database: the engine sets its root id
      }
      return null;
    }));
  }

  private static AuthorizationQuery grantsOn(AuthorizationService authorizations, String caseId) {
    return authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
        .resourceType(Resources.HISTORIC_PROCESS_INSTANCE).resourceId(caseId);
  }
}
