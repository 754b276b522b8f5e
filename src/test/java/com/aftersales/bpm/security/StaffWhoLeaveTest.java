package com.aftersales.bpm.security;

import com.aftersales.bpm.common.Groups;
import com.aftersales.bpm.support.AdminRest;
import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.PartShortages;
import com.aftersales.bpm.support.WebappBrowser;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Staff who leave a group (another job, or leaving the company) can no longer work the group's
 * tasks, and no task waits for them: a task they had claimed goes back to the group, unclaimed, in
 * the same request that took them out, so a colleague picks it up; a Tasklist they opened before
 * lets them work none of it either.
 */
@ApplicationTest
class StaffWhoLeaveTest extends ApplicationTestSupport {

  private static final String TASKLIST_API = "/camunda/api/engine/engine/default/task/";

  @LocalServerPort int port;

  @Test
  void aClaimedTaskGoesBackToTheGroupWhenItsAdvisorLeavesIt() throws Exception {
    admin().createStaff("zhao.moves", Groups.SERVICE_ADVISOR);
    Task task = claimedBy("zhao.moves", "LEAVER-RO-1");

    admin().removeFromGroup("zhao.moves", Groups.SERVICE_ADVISOR);

    assertTakenBackFrom("zhao.moves", task);
  }

  @Test
  void aDeletedUsersClaimedTaskGoesBackToTheGroup() throws Exception {
    admin().createStaff("sun.quits", Groups.SERVICE_ADVISOR);
    Task task = claimedBy("sun.quits", "LEAVER-RO-2");

    admin().deleteUser("sun.quits");
    Assertions.assertThat(admin().createUser("sun.quits").statusCode()).as("a new employee with the old id")
        .isEqualTo(204);

    assertTakenBackFrom("sun.quits", task);
  }

  /** Tasklist keeps the groups it read at login for up to five minutes: the engine counts the current ones. */
  @Test
  void aTasklistOpenedBeforeTheRemovalNoLongerWorksTheGroupsTasks() throws Exception {
    admin().createStaff("he.cached", Groups.SERVICE_ADVISOR);
    WebappBrowser tasklist = WebappBrowser.loggedIn(port, "tasklist", "he.cached");
    Assertions.assertThat(http.postJson("integration", "/api/part-shortages",
        PartShortages.report("LEAVER-RO-3", "MINOR").json()).statusCode()).isEqualTo(201);
    String taskId = tasks.createTaskQuery().processInstanceBusinessKey("LEAVER-RO-3")
        .taskCandidateGroup(Groups.SERVICE_ADVISOR).singleResult().getId();
    Assertions.assertThat(tasklist.get(TASKLIST_API + taskId).statusCode()).as("theirs while in the group")
        .isEqualTo(200);

    admin().removeFromGroup("he.cached", Groups.SERVICE_ADVISOR);

    HttpResponse<String> claim = tasklist.postJson(TASKLIST_API + taskId + "/claim", "{\"userId\":\"he.cached\"}");
    Assertions.assertThat(claim.statusCode()).as(claim.body()).isEqualTo(403);
    Assertions.assertThat(tasklist.postJson(TASKLIST_API + taskId + "/submit-form", "{\"variables\":{}}").statusCode())
        .isEqualTo(403);
    Assertions.assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
  }

  /** The webapps re-read a login's groups every 30 s (Camunda's default was five minutes): then the list is gone too. */
  @Test
  void aTasklistOpenedBeforeTheRemovalStopsListingTheGroupsTasksWithinHalfAMinute() throws Exception {
    admin().createStaff("qian.reads", Groups.SERVICE_ADVISOR);
    Instant beforeLogin = Instant.now();
    WebappBrowser tasklist = WebappBrowser.loggedIn(port, "tasklist", "qian.reads");
    Assertions.assertThat(http.postJson("integration", "/api/part-shortages",
        PartShortages.report("LEAVER-RO-4", "MINOR").json()).statusCode()).isEqualTo(201);
    String taskId = tasks.createTaskQuery().processInstanceBusinessKey("LEAVER-RO-4")
        .taskCandidateGroup(Groups.SERVICE_ADVISOR).singleResult().getId();
    admin().removeFromGroup("qian.reads", Groups.SERVICE_ADVISOR);
    try {
      ClockUtil.setCurrentTime(Date.from(beforeLogin.plusSeconds(25)));
      Assertions.assertThat(tasklist.get(TASKLIST_API + taskId).statusCode()).as("the groups read at login")
          .isEqualTo(200);

      ClockUtil.setCurrentTime(Date.from(Instant.now().plusSeconds(31)));
      Assertions.assertThat(tasklist.get(TASKLIST_API + taskId).statusCode()).as("re-read").isEqualTo(404);
      Assertions.assertThat(json.readTree(tasklist.get(TASKLIST_API + "?candidateGroup=" + Groups.SERVICE_ADVISOR)
          .body())).as("the group's list").isEmpty();
    } finally {
      ClockUtil.reset();
    }
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

  private AdminRest admin() {
    return new AdminRest(http);
  }
}
