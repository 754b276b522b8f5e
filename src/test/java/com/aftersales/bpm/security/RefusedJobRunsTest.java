package com.aftersales.bpm.security;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.SurveyJson;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;

/**
 * Running a job by hand ({@code POST /job/{id}/execute}) needs UPDATE on its case, which staff do
 * not hold. The engine refused them with 403 but counted each refusal as a failure of the job: the
 * auditor could use up a rescue's SLA timer's retries until it raised an incident and never fired.
 * A refused run now leaves the job as it was.
 */
@ApplicationTest
class RefusedJobRunsTest extends ApplicationTestSupport {

  @Test
  void aRefusedRunCostsTheSlaTimerNoRetry() {
    Instant answered = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    Assertions.assertThat(http.postJson("integration", "/api/nps-responses", SurveyJson.survey("REFUSED-RUN-1", 2,
        answered)).statusCode()).isEqualTo(201);
    String rescue = runtime.createProcessInstanceQuery().processInstanceBusinessKey("REFUSED-RUN-1").singleResult()
        .getId();
    Job timer = management.createJobQuery().processInstanceId(rescue).timers().list().get(0);

    for (String user : List.of("auditor", "advisor", "csm", "auditor", "auditor", "auditor", "auditor")) {
      HttpResponse<String> refused = http.postJson(user, "/engine-rest/job/" + timer.getId() + "/execute", "");
      Assertions.assertThat(refused.statusCode()).as(user + ": " + refused.body()).isEqualTo(403);
    }

    Job after = management.createJobQuery().jobId(timer.getId()).singleResult();
    Assertions.assertThat(after.getRetries()).as("retries").isEqualTo(timer.getRetries());
    Assertions.assertThat(after.getExceptionMessage()).as("no failure recorded").isNull();
    Assertions.assertThat(runtime.createIncidentQuery().processInstanceId(rescue).count()).as("incidents").isZero();
  }
}
