package com.aftersales.bpm.engine;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
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
      var existing = authorizations.createAuthorizationQuery()
          .resourceType(Resources.HISTORIC_PROCESS_INSTANCE).resourceId(caseId);
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
}
