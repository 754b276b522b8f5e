package com.aftersales.bpm.security;

import com.aftersales.bpm.common.Groups;
import com.aftersales.bpm.parts.PartsModel;
import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.PartShortages;
import java.net.http.HttpResponse;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The batch view of a part (GET /api/part-shortages) shows advisors, managers and the parts
 * coordinator the orders waiting for it, read as the application. It used to be read with a grant
 * on every parts order (READ_INSTANCE), which also opened each order's variables on /engine-rest:
 * the customer's name, phone, plate and lifetime value, to the parts coordinator whose forms show
 * none of them. The grant is gone, and taken back at start from a database that has it.
 */
@ApplicationTest
class PartsOrderVariablesTest extends ApplicationTestSupport {

  private static final List<String> BATCH_READERS = List.of(Groups.SERVICE_ADVISOR, Groups.SERVICE_MANAGER,
      Groups.REGIONAL_MANAGER, Groups.PARTS_COORDINATOR);

  @Autowired GrantUpgrade upgrade;

  @Test
  void theBatchViewListsTheOrdersButEngineRestDoesNotOpenTheirVariables() {
    Assertions.assertThat(http.postJson("integration", "/api/part-shortages",
        PartShortages.report("RO-PRIVATE-1", "MINOR").part("PRIVACY-PART", "Mirror").json()).statusCode()).isEqualTo(201);
    String order = runtime.createProcessInstanceQuery().processInstanceBusinessKey("RO-PRIVATE-1").singleResult().getId();

    for (String user : List.of("parts", "advisor", "manager", "regional")) {
      HttpResponse<String> batch = http.get(user, "/api/part-shortages?partNumber=PRIVACY-PART");
      Assertions.assertThat(batch.statusCode()).as(user).isEqualTo(200);
      Assertions.assertThat(batch.body()).as(user).contains("\"count\":1", "RO-PRIVATE-1");
      HttpResponse<String> variables = http.get(user, "/engine-rest/process-instance/" + order + "/variables");
      Assertions.assertThat(variables.statusCode()).as(user + ": " + variables.body()).isIn(403, 404);
      Assertions.assertThat(variables.body()).as(user).doesNotContain("customerPhone");
      // a candidate of the order's open task sees that task's Tasklist row (case, customer's name, level), no more
      Assertions.assertThat(http.get(user, "/engine-rest/variable-instance?processInstanceIdIn=" + order).body())
          .as(user).doesNotContain("\"name\":\"customerPhone\"", "\"name\":\"vehiclePlate\"",
              "\"name\":\"lifetimeValue\"", "\"name\":\"customerName\"");
    }
  }

  @Test
  void theGrantAnEarlierVersionGaveIsTakenBackAtStart() {
    for (String group : BATCH_READERS) {
      Authorization earlier = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      earlier.setGroupId(group);
      earlier.setResource(Resources.PROCESS_DEFINITION);
      earlier.setResourceId(PartsModel.PROCESS);
      earlier.addPermission(Permissions.READ);
      earlier.addPermission(ProcessDefinitionPermissions.READ_INSTANCE);
      authorizations.saveAuthorization(earlier);
    }

    upgrade.afterPropertiesSet();

    for (String group : BATCH_READERS) {
      Assertions.assertThat(authorizations.isUserAuthorized("nobody", List.of(group),
          ProcessDefinitionPermissions.READ_INSTANCE, Resources.PROCESS_DEFINITION, PartsModel.PROCESS)).as(group).isFalse();
      Assertions.assertThat(authorizations.isUserAuthorized("nobody", List.of(group), Permissions.READ,
          Resources.PROCESS_DEFINITION, PartsModel.PROCESS)).as(group + " still reads the definition").isTrue();
    }
  }
}
