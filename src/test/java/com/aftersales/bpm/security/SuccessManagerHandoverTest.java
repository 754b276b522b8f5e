package com.aftersales.bpm.security;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.authorizationService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;

import com.aftersales.bpm.common.Groups;
import com.aftersales.bpm.support.CaseHistoryReaders;
import com.aftersales.bpm.support.ProcessTestSupport;
import com.aftersales.bpm.support.RescueModels;
import com.aftersales.bpm.support.RescueProcessDriver;
import java.math.BigDecimal;
import java.time.Instant;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A success manager who leaves the group customer-success, or whose user is deleted, hands the
 * cases the CRM gave them to the group (ADR 0032): the case's history grant becomes the group's,
 * once; a grant an administrator gave them on another case stays theirs; leaving any other group
 * moves nothing.
 */
class SuccessManagerHandoverTest extends RescueModels {

  static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  static final BigDecimal VALUED = new BigDecimal("900000");

  @RegisterExtension
  static final ProcessTestSupport engine = ProcessTestSupport.coverageRecorded().clockAt(NOW)
      .withUser("csmhan", Groups.CUSTOMER_SUCCESS).withUser("csmhan", Groups.SERVICE_ADVISOR)
      .withUser("csmqian", Groups.CUSTOMER_SUCCESS);

  @Test
  void aManagerWhoLeavesTheGroupHandsTheirCasesToIt() {
    String first = RescueProcessDriver.start("HAND-1", 2, NOW, VALUED, "csmhan").deliver().rescue.getId();
    String second = RescueProcessDriver.start("HAND-2", 5, NOW, VALUED, " csmhan ").deliver().rescue.getId();
    String notTheirs = RescueProcessDriver.start("HAND-3", 2, NOW).deliver().rescue.getId();
    grant(notTheirs, "csmhan", null);
    Assertions.assertThat(CaseHistoryReaders.of(first)).containsExactly("user:csmhan");
    Assertions.assertThat(CaseHistoryReaders.of(second)).containsExactly("user:csmhan");

    identityService().deleteMembership("csmhan", Groups.SERVICE_ADVISOR);
    Assertions.assertThat(CaseHistoryReaders.of(first)).as("leaving another group moves nothing")
        .containsExactly("user:csmhan");

    identityService().deleteMembership("csmhan", Groups.CUSTOMER_SUCCESS);
    Assertions.assertThat(CaseHistoryReaders.of(first)).containsExactly("group:customer-success");
    Assertions.assertThat(CaseHistoryReaders.of(second)).as("the CRM's spaces around the id")
        .containsExactly("group:customer-success");
    Assertions.assertThat(CaseHistoryReaders.of(notTheirs)).as("an administrator's own grant stays")
        .containsExactly("user:csmhan");
  }

  @Test
  void aCaseTheGroupReadsAlreadyKeepsOneGrant() {
    String managed = RescueProcessDriver.start("HAND-4", 2, NOW, VALUED, "csmhan").deliver().rescue.getId();
    grant(managed, null, Groups.CUSTOMER_SUCCESS);

    identityService().deleteMembership("csmhan", Groups.CUSTOMER_SUCCESS);

    Assertions.assertThat(CaseHistoryReaders.of(managed)).containsExactly("group:customer-success");
  }

  @Test
  void aDeletedManagersCasesGoToTheGroupNotToTheNextUserOfTheId() {
    String managed = RescueProcessDriver.start("HAND-5", 3, NOW, VALUED, "csmqian").deliver().rescue.getId();
    String colleagues = RescueProcessDriver.start("HAND-6", 3, NOW, VALUED, "csmhan").deliver().rescue.getId();

    identityService().deleteUser("csmqian");
    identityService().saveUser(identityService().newUser("csmqian")); // a new employee given the old id

    Assertions.assertThat(CaseHistoryReaders.of(managed)).containsExactly("group:customer-success");
    Assertions.assertThat(CaseHistoryReaders.of(colleagues)).as("a colleague's case stays theirs")
        .containsExactly("user:csmhan");
  }

  private static void grant(String caseId, String userId, String groupId) {
    Authorization grant = authorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setUserId(userId);
    grant.setGroupId(groupId);
    grant.setResource(Resources.HISTORIC_PROCESS_INSTANCE);
    grant.setResourceId(caseId);
    grant.addPermission(HistoricProcessInstancePermissions.READ);
    authorizationService().saveAuthorization(grant);
  }
}
