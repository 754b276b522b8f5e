package com.aftersales.bpm.security;

import com.aftersales.bpm.common.Groups;
import com.aftersales.bpm.support.AdminRest;
import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.PartShortages;
import com.aftersales.bpm.support.SurveyJson;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.junit.jupiter.api.Test;

/**
 * An administrator takes a customer success manager out of the group in Admin, or deletes the
 * user: from that request on they read none of their former customers' cases, which the rest of
 * the group now reads (ADR 0032); an employee later given the same id inherits nothing.
 */
@ApplicationTest
class SuccessManagerLeavesTest extends ApplicationTestSupport {

  @Test
  void aManagerTakenOutOfTheGroupReadsNoneOfTheirCasesAndTheGroupReadsThem() throws Exception {
    admin().createStaff("li.leaves", Groups.CUSTOMER_SUCCESS);
    List<String> keys = casesOf("li.leaves", "LEAVES-1", "LEAVES-RO-1");
    Assertions.assertThat(readable("li.leaves", keys)).as("theirs while in the group").isEqualTo(2);

    admin().removeFromGroup("li.leaves", Groups.CUSTOMER_SUCCESS);

    Assertions.assertThat(readable("li.leaves", keys)).as("no longer theirs").isZero();
    Assertions.assertThat(readable("csm", keys)).as("the group's now").isEqualTo(2);
    Assertions.assertThat(history.createUserOperationLogQuery().entityType(EntityTypes.AUTHORIZATION)
        .operationType(UserOperationLogEntry.OPERATION_TYPE_UPDATE).userId("admin").count())
        .as("the operation log names who handed the cases over").isGreaterThanOrEqualTo(2);
  }

  @Test
  void aDeletedManagersCasesStayWithTheGroupWhenTheIdIsGivenAgain() throws Exception {
    admin().createStaff("qian.leaves", Groups.CUSTOMER_SUCCESS);
    List<String> keys = casesOf("qian.leaves", "LEAVES-2", "LEAVES-RO-2");

    admin().deleteUser("qian.leaves");
    Assertions.assertThat(admin().createUser("qian.leaves").statusCode()).as("a new employee with the old id")
        .isEqualTo(204);

    Assertions.assertThat(readable("qian.leaves", keys)).isZero();
    Assertions.assertThat(readable("csm", keys)).isEqualTo(2);
  }

  /** A rescue and a parts order of a customer the CRM gives to {@code manager}. */
  private List<String> casesOf(String manager, String surveyId, String repairOrder) {
    String survey = SurveyJson.successManaged(
        SurveyJson.survey(surveyId, 2, Instant.now().truncatedTo(ChronoUnit.SECONDS)), manager);
    Assertions.assertThat(http.postJson("integration", "/api/nps-responses", survey).statusCode()).isEqualTo(201);
    Assertions.assertThat(http.postJson("integration", "/api/part-shortages", PartShortages.report(repairOrder, "MINOR")
        .success(new BigDecimal("900000"), manager).json()).statusCode()).isEqualTo(201);
    return List.of(surveyId, repairOrder);
  }

  /** How many of the cases the user finds in history, as Cockpit and Case history ask for them. */
  private int readable(String user, List<String> keys) throws Exception {
    int found = 0;
    for (String key : keys) {
      HttpResponse<String> cases = http.get(user, "/engine-rest/history/process-instance?processInstanceBusinessKey="
          + key);
      Assertions.assertThat(cases.statusCode()).as(cases.body()).isEqualTo(200);
      found += json.readTree(cases.body()).size();
    }
    return found;
  }

  private AdminRest admin() {
    return new AdminRest(http);
  }
}
