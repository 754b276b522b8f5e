package com.aftersales.bpm.security;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import java.net.http.HttpResponse;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;

/**
 * The engine's history cleanup job belongs to no process, so the engine let any logged-in user
 * suspend it (history silently stopped being deleted), move its due date, zero its retries, run it
 * or delete it. Staff are refused each with 403 and the job stays as it was; an administrator still
 * manages it.
 */
@ApplicationTest
class StandaloneJobsTest extends ApplicationTestSupport {

  @Test
  void staffCannotStopOrChangeTheHistoryCleanup() {
    Job cleanup = cleanupJob();
    String job = "/engine-rest/job/" + cleanup.getId();

    for (String user : List.of("advisor", "storemanager")) {
      assertRefused(http.putJson(user, job + "/suspended", "{\"suspended\":true}"), user + " suspends");
      assertRefused(http.putJson(user, job + "/duedate", "{\"duedate\":\"2099-01-01T01:00:00.000+0000\"}"),
          user + " moves the due date");
      assertRefused(http.postJson(user, job + "/duedate/recalculate", ""), user + " recalculates the due date");
      assertRefused(http.putJson(user, job + "/retries", "{\"retries\":0}"), user + " zeroes the retries");
      assertRefused(http.putJson(user, job + "/priority", "{\"priority\":-100}"), user + " lowers the priority");
      assertRefused(http.postJson(user, job + "/execute", ""), user + " runs it");
      assertRefused(http.delete(user, job), user + " deletes it");
    }
    identity.setAuthentication("advisor", List.of("service-advisor"));
    try {
      Assertions.assertThatThrownBy(() -> management.setJobRetries(List.of(cleanup.getId()), 0))
          .as("retries for a list of jobs").isInstanceOf(AuthorizationException.class);
    } finally {
      identity.clearAuthentication();
    }

    assertUnchanged(cleanup);
  }

  @Test
  void anAdministratorStillManagesIt() {
    Job cleanup = cleanupJob();
    String job = "/engine-rest/job/" + cleanup.getId();
    String due = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ").format(cleanup.getDuedate());

    Assertions.assertThat(http.putJson("admin", job + "/suspended", "{\"suspended\":true}").statusCode()).isEqualTo(204);
    Assertions.assertThat(cleanupJob().isSuspended()).isTrue();
    Assertions.assertThat(http.putJson("admin", job + "/suspended", "{\"suspended\":false}").statusCode()).isEqualTo(204);
    Assertions.assertThat(http.putJson("admin", job + "/duedate", "{\"duedate\":\"" + due + "\"}").statusCode())
        .isEqualTo(204);
    Assertions.assertThat(http.putJson("admin", job + "/retries", "{\"retries\":" + cleanup.getRetries() + "}")
        .statusCode()).isEqualTo(204);
    Assertions.assertThat(http.putJson("admin", job + "/priority", "{\"priority\":" + cleanup.getPriority() + "}")
        .statusCode()).isEqualTo(204);

    assertUnchanged(cleanup);
  }

  private Job cleanupJob() {
    List<Job> jobs = history.findHistoryCleanupJobs();
    Assertions.assertThat(jobs).as("the nightly history cleanup is scheduled").isNotEmpty();
    Assertions.assertThat(jobs.get(0).getProcessDefinitionKey()).as("it belongs to no process").isNull();
    return jobs.get(0);
  }

  private void assertRefused(HttpResponse<String> answer, String what) {
    Assertions.assertThat(answer.statusCode()).as(what + ": " + answer.body()).isEqualTo(403);
    Assertions.assertThat(answer.body()).as(what).contains("the engine's own jobs");
  }

  private void assertUnchanged(Job before) {
    Job after = management.createJobQuery().jobId(before.getId()).singleResult();
    Assertions.assertThat(after).as("the job is still there").isNotNull();
    Assertions.assertThat(after.isSuspended()).as("active").isFalse();
    Assertions.assertThat(after.getDuedate()).as("due date").isEqualTo(before.getDuedate());
    Assertions.assertThat(after.getRetries()).as("retries").isEqualTo(before.getRetries());
    Assertions.assertThat(after.getPriority()).as("priority").isEqualTo(before.getPriority());
  }
}
