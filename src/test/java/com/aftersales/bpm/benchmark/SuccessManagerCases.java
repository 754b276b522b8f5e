package com.aftersales.bpm.benchmark;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;

/**
 * The benchmark's success manager: the demo user {@code csm} reads one rescue in a hundred, by a
 * grant on each case as the rescue's own check writes it (ADR 0032), so its searches pay the
 * per-case authorization check that the auditor's wide grant does not.
 */
final class SuccessManagerCases {

  static final String USER = "csm";
  private static final int ONE_IN = 100;

  private SuccessManagerCases() {}

  /** Grants {@code csm} every hundredth rescue below {@code size}, and {@code target}; returns how many it holds. */
  static int grant(HistoryService history, AuthorizationService authorizations, int size, int target) {
    int held = 0;
    for (int n = 0; n < size; n++) {
      if (n % ONE_IN != target % ONE_IN) {
        continue;
      }
      String caseId = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(FinishedRescues.surveyId(n))
          .singleResult().getId();
      if (authorizations.createAuthorizationQuery().resourceType(Resources.HISTORIC_PROCESS_INSTANCE)
          .resourceId(caseId).userIdIn(USER).count() == 0) {
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setUserId(USER);
        grant.setResource(Resources.HISTORIC_PROCESS_INSTANCE);
        grant.setResourceId(caseId);
        grant.addPermission(HistoricProcessInstancePermissions.READ);
        authorizations.saveAuthorization(grant);
      }
      held++;
    }
    return held;
  }
}
