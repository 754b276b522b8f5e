package com.aftersales.bpm.customer;

import com.aftersales.bpm.common.Groups;
import com.aftersales.bpm.support.AdminRest;
import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.StartingGate;
import com.aftersales.bpm.support.SurveyJson;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The CRM gives a customer to one success manager and, at the same moment, to another (two
 * reassignments sent back to back): both change the same running case's {@code successManager},
 * and one lost on the engine's optimistic lock with a 500, its change dropped. It is done again:
 * both answer 200, and the case ends with one reader, the one its variable names. Ten rounds: a change
 * to the manager the case already had, read before the other change committed, once moved the grant
 * back beside the other's (seen once on PostgreSQL; the interleaving is rare).
 */
@ApplicationTest
class ConcurrentSuccessManagerChangesApiTest extends ApplicationTestSupport {

  @RegisterExtension final StartingGate gate = new StartingGate();

  @Test
  void twoChangesAtOnceBothAnswer200AndLeaveOneReader() throws Exception {
    AdminRest admin = new AdminRest(http);
    admin.createStaff("wu.race", Groups.CUSTOMER_SUCCESS);
    admin.createStaff("zheng.race", Groups.CUSTOMER_SUCCESS);
    String survey = SurveyJson.successManaged(SurveyJson.survey("MOVE-RACE", 2,
        Instant.now().truncatedTo(ChronoUnit.SECONDS)), "csm").replace("\"C-1001\"", "\"C-MOVE-RACE\"");
    Assertions.assertThat(http.postJson("integration", "/api/nps-responses", survey).statusCode()).isEqualTo(201);
    String rescue = runtime.createProcessInstanceQuery().processInstanceBusinessKey("MOVE-RACE").singleResult().getId();

    for (int round = 0; round < 10; round++) {
      var answers = gate.together(() -> change("wu.race"), () -> change("zheng.race"));

      for (HttpResponse<String> answer : List.of(answers.first(), answers.second())) {
        Assertions.assertThat(answer.statusCode()).as("round %d: %s", round, answer.body()).isEqualTo(200);
      }
      String manager = (String) runtime.getVariable(rescue, "successManager");
      Assertions.assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.HISTORIC_PROCESS_INSTANCE)
          .resourceId(rescue).list()).extracting(Authorization::getUserId).as("round %d", round)
          .containsExactly(manager);
    }
  }

  private HttpResponse<String> change(String manager) {
    return http.putJson("integration", "/api/customers/C-MOVE-RACE/success-manager",
        "{\"successManager\":\"" + manager + "\"}");
  }
}
