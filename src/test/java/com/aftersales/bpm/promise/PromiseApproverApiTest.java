package com.aftersales.bpm.promise;

import com.aftersales.bpm.common.Groups;
import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import java.net.http.HttpResponse;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SPEC 6: the service manager checks a special promise before sales makes it. Someone in both
 * groups (a sales advisor who is also a service manager) cannot decide the pre-approval of a
 * checklist they posted themselves; another service manager can. Nor can they hold it: a claim
 * of their own would leave every other service manager unable to decide it.
 */
@ApplicationTest
class PromiseApproverApiTest extends ApplicationTestSupport {

  private static final String BOTH = "li.both";
  private static final String DECISION = """
      {"variables":{"promiseDecision":{"value":"APPROVED"},"promiseDecisionReason":{"value":"fine by me"}}}""";

  @BeforeEach
  void salesAdvisorWhoIsAlsoServiceManager() {
    User user = identity.newUser(BOTH);
    user.setPassword("demo");
    identity.saveUser(user);
    identity.createMembership(BOTH, Groups.SALES);
    identity.createMembership(BOTH, Groups.SERVICE_MANAGER);
  }

  @AfterEach
  void leaves() {
    identity.deleteUser(BOTH);
  }

  @Test
  void whoPostedTheChecklistCannotPreApproveItsPromiseAnotherServiceManagerCan() throws Exception {
    String task = postedByBoth("CL-OWN-1", "C-OWN-1");

    HttpResponse<String> own = http.postJson(BOTH, "/engine-rest/task/" + task + "/complete", DECISION);

    Assertions.assertThat(own.statusCode()).as(own.body()).isEqualTo(403);
    Assertions.assertThat(own.body()).contains("posted checklist CL-OWN-1");
    Assertions.assertThat(state("C-OWN-1")).isEqualTo("AWAITING_APPROVAL");
    HttpResponse<String> other = http.postJson("manager", "/engine-rest/task/" + task + "/complete", DECISION);
    Assertions.assertThat(other.statusCode()).as(other.body()).isEqualTo(204);
    Assertions.assertThat(state("C-OWN-1")).isEqualTo("APPROVED");
  }

  @Test
  void whoPostedTheChecklistCannotClaimItsPreApprovalAndHoldItFromTheOthers() throws Exception {
    String task = postedByBoth("CL-OWN-2", "C-OWN-2");

    HttpResponse<String> claim = http.postJson(BOTH, "/engine-rest/task/" + task + "/claim", "{\"userId\":\"" + BOTH + "\"}");

    Assertions.assertThat(claim.statusCode()).as(claim.body()).isEqualTo(403);
    Assertions.assertThat(claim.body()).contains("posted checklist CL-OWN-2");
    Assertions.assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).as("nobody holds it").isNull();
    HttpResponse<String> other = http.postJson("manager", "/engine-rest/task/" + task + "/complete", DECISION);
    Assertions.assertThat(other.statusCode()).as(other.body()).isEqualTo(204);
  }

  /** The pre-approval task of a checklist with one special promise that {@code BOTH} posted. */
  private String postedByBoth(String checklistId, String customerId) throws Exception {
    HttpResponse<String> posted = http.postJson(BOTH, "/api/customer-promises",
        Checklists.draft(checklistId, customerId, Checklists.item("TIME", "Any part within 24 hours", "0")));
    Assertions.assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
    String instance = json.readTree(posted.body()).get("processInstanceId").asText();
    return tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_PreApprovePromise")
        .singleResult().getId();
  }

  private String state(String customerId) throws Exception {
    return json.readTree(http.get("manager", "/api/customers/" + customerId + "/promises").body())
        .get("promises").get(0).get("state").asText();
  }
}
