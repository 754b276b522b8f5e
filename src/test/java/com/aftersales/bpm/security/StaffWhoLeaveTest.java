package com.aftersales.bpm.security;

import com.aftersales.bpm.common.Groups;
import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.Http;
import com.aftersales.bpm.support.PartShortages;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Staff who leave a group (another job, or leaving the company) can no longer work the group's
 * tasks, and no task waits for them: a task they had claimed goes back to the group, unclaimed, in
 * the same request that took them out, so a colleague picks it up.
 */
@ApplicationTest
class StaffWhoLeaveTest {

  @Autowired Http http;
  @Autowired ObjectMapper json;
  @Autowired TaskService tasks;

  @Test
  void aClaimedTaskGoesBackToTheGroupWhenItsAdvisorLeavesIt() throws Exception {
    staff("zhao.moves", Groups.SERVICE_ADVISOR);
    Task task = claimedBy("zhao.moves", "LEAVER-RO-1");

    HttpResponse<String> removed = http.delete("admin", "/engine-rest/group/" + Groups.SERVICE_ADVISOR
        + "/members/zhao.moves");
    Assertions.assertThat(removed.statusCode()).as(removed.body()).isEqualTo(204);

    assertTakenBackFrom("zhao.moves", task);
  }

  @Test
  void aDeletedUsersClaimedTaskGoesBackToTheGroup() throws Exception {
    staff("sun.quits", Groups.SERVICE_ADVISOR);
    Task task = claimedBy("sun.quits", "LEAVER-RO-2");

    Assertions.assertThat(http.delete("admin", "/engine-rest/user/sun.quits").statusCode()).isEqualTo(204);
    Assertions.assertThat(http.postJson("admin", "/engine-rest/user/create", user("sun.quits")).statusCode())
        .as("a new employee with the old id").isEqualTo(204);

    assertTakenBackFrom("sun.quits", task);
  }

  private void assertTakenBackFrom(String leaver, Task task) throws Exception {
    Assertions.assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee())
        .as("back with the group").isNull();
    Assertions.assertThat(json.readTree(http.get(leaver, "/engine-rest/task?processInstanceId="
        + task.getProcessInstanceId()).body())).as("the leaver sees none of it").isEmpty();
    Assertions.assertThat(http.postJson(leaver, "/engine-rest/task/" + task.getId() + "/claim",
        "{\"userId\":\"" + leaver + "\"}").statusCode()).isEqualTo(403);
    Assertions.assertThat(http.postJson(leaver, "/engine-rest/task/" + task.getId() + "/complete", "{}").statusCode())
        .isEqualTo(403);
    Assertions.assertThat(http.postJson("advisor", "/engine-rest/task/" + task.getId() + "/claim",
        "{\"userId\":\"advisor\"}").statusCode()).as("a colleague picks it up").isEqualTo(204);
  }

  private void staff(String id, String group) throws Exception {
    Assertions.assertThat(http.postJson("admin", "/engine-rest/user/create", user(id)).statusCode()).isEqualTo(204);
    Assertions.assertThat(http.putJson("admin", "/engine-rest/group/" + group + "/members/" + id, "").statusCode())
        .isEqualTo(204);
  }

  /** A parts order's first advisor task, claimed by {@code advisor} over the REST API as Tasklist does. */
  private Task claimedBy(String advisor, String repairOrder) {
    Assertions.assertThat(http.postJson("integration", "/api/part-shortages",
        PartShortages.report(repairOrder, "MINOR").json()).statusCode()).isEqualTo(201);
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(repairOrder).taskCandidateGroup(
        Groups.SERVICE_ADVISOR).singleResult();
    Assertions.assertThat(http.postJson(advisor, "/engine-rest/task/" + task.getId() + "/claim",
        "{\"userId\":\"" + advisor + "\"}").statusCode()).isEqualTo(204);
    return task;
  }

  private String user(String id) throws Exception {
    return json.writeValueAsString(Map.of("profile", Map.of("id", id, "firstName", "Li", "lastName", "Zhao",
        "email", "staff@example.com"), "credentials", Map.of("password", "demo")));
  }
}
