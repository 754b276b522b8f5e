package com.aftersales.bpm.support;

import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;

/** Who holds a grant to read one case's history (ADR 0032), as "user:id" or "group:id". */
public final class CaseHistoryReaders {

  private CaseHistoryReaders() {}

  public static List<String> of(String caseId) {
    List<Authorization> grants = BpmnAwareTests.processEngine().getAuthorizationService().createAuthorizationQuery()
        .resourceType(Resources.HISTORIC_PROCESS_INSTANCE).resourceId(caseId).list();
    for (Authorization grant : grants) {
      Assertions.assertThat(grant.isPermissionGranted(HistoricProcessInstancePermissions.READ)).isTrue();
      Assertions.assertThat(grant.getRootProcessInstanceId()).as("removed with the case's history").isEqualTo(caseId);
    }
    return grants.stream().map(g -> g.getUserId() != null ? "user:" + g.getUserId() : "group:" + g.getGroupId()).toList();
  }
}
