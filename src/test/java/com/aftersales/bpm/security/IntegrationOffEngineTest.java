package com.aftersales.bpm.security;

import com.aftersales.bpm.common.Groups;
import static com.aftersales.bpm.support.SurveyJson.survey;
import com.aftersales.bpm.rescue.RescueModel;

import com.aftersales.bpm.rescue.RescueVariables;
import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.WebappBrowser;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Finding 1 (a, b): the integration systems post to our /api, which checks what they send; on the
 * engine REST API they can do nothing, and they hold no engine authorization.
 */
@ApplicationTest
class IntegrationOffEngineTest extends ApplicationTestSupport {

  @LocalServerPort int port;
  @Autowired IdentitySetup identitySetup;

  @Test
  void theIntakeWorksForIntegrationButTheEngineApiRefusesIt() {
    HttpResponse<String> received = http.postJson("integration", "/api/nps-responses",
        survey("TRUST-1", 2, Instant.now().truncatedTo(ChronoUnit.SECONDS)));
    Assertions.assertThat(received.statusCode()).as(received.body()).isEqualTo(201);
    Assertions.assertThat(jdbc.queryForObject("SELECT received_by FROM intake_record WHERE record_key = 'TRUST-1'",
        String.class)).isEqualTo("integration");
    String rescue = runtime.createProcessInstanceQuery().processInstanceBusinessKey("TRUST-1").singleResult().getId();
    Job sla = management.createJobQuery().processInstanceId(rescue).timers().singleResult();

    HttpResponse<String> start = http.postJson("integration",
        "/engine-rest/process-definition/key/" + RescueModel.RESCUE_PROCESS + "/start",
        "{\"businessKey\":\"TRUST-DIRECT\",\"variables\":{\"score\":{\"value\":0,\"type\":\"Integer\"}}}");
    HttpResponse<String> put = http.putJson("integration", "/engine-rest/process-instance/" + rescue + "/variables/"
        + RescueVariables.GRADE.name(), "{\"value\":\"B\",\"type\":\"String\"}");
    HttpResponse<String> execute = http.postJson("integration", "/engine-rest/job/" + sla.getId() + "/execute", "");
    HttpResponse<String> suspend = http.putJson("integration", "/engine-rest/process-instance/" + rescue + "/suspended",
        "{\"suspended\":true}");
    HttpResponse<String> phones = http.get("integration", "/engine-rest/history/variable-instance?variableName="
        + RescueVariables.CUSTOMER_PHONE.name());

    for (HttpResponse<String> refused : java.util.List.of(start, put, execute, suspend, phones)) {
      Assertions.assertThat(refused.statusCode()).as(refused.uri() + " " + refused.body()).isEqualTo(403);
      Assertions.assertThat(refused.body()).contains("/api");
    }
    Assertions.assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("TRUST-DIRECT").count()).isZero();
    Assertions.assertThat(runtime.getVariable(rescue, RescueVariables.GRADE.name())).isEqualTo("S");
    Assertions.assertThat(management.createJobQuery().jobId(sla.getId()).singleResult()).isNotNull();
    Assertions.assertThat(runtime.createProcessInstanceQuery().processInstanceId(rescue).active().count()).isEqualTo(1);
  }

  @Test
  void aWebappLoginGivesIntegrationNoEngineAccessEither() throws Exception {
    WebappBrowser browser = WebappBrowser.loggedIn(port, "welcome", "integration");

    HttpResponse<String> engine = browser.get("/camunda/api/engine/engine/default/history/variable-instance");

    Assertions.assertThat(engine.statusCode()).as(engine.body()).isEqualTo(403);
  }

  @Test
  void otherUsersStillUseTheEngineApi() {
    Assertions.assertThat(http.get("manager", "/engine-rest/task").statusCode()).isEqualTo(200);
    Assertions.assertThat(http.get(null, "/engine-rest/engine").statusCode()).isEqualTo(200);
  }

  @Test
  void integrationHoldsNoEngineAuthorizationAndOldGrantsAreRevokedAtStart() {
    Assertions.assertThat(authorizations.createAuthorizationQuery().groupIdIn(Groups.INTEGRATION).count()).isZero();
    Authorization old = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    old.setGroupId(Groups.INTEGRATION);
    old.setResource(Resources.PROCESS_INSTANCE);
    old.setResourceId("*");
    old.addPermission(Permissions.CREATE);
    authorizations.saveAuthorization(old);

    identitySetup.afterPropertiesSet();

    Assertions.assertThat(authorizations.createAuthorizationQuery().groupIdIn(Groups.INTEGRATION).count()).isZero();
  }
}
