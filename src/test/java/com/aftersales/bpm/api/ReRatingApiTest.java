package com.aftersales.bpm.api;

import static com.aftersales.bpm.support.SurveyJson.survey;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

@ApplicationTest
class ReRatingApiTest extends ApplicationTestSupport {

  @Test
  void aReRatingReachesTheWaitingRescueOnceAndDecidesItsOutcome() {
    ProcessInstance rescue = rescueAwaitingReRating("RR-1");
    String reRating = "{\"score\":9,\"answeredAt\":\"" + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\"}";

    HttpResponse<String> accepted = http.postJson("integration", "/api/nps-responses/RR-1/re-rating", reRating);
    Assertions.assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
    Assertions.assertThat(runtime.getVariable(rescue.getId(), "outcome")).isEqualTo("PROMOTER");
    Assertions.assertThat(runtime.getVariable(rescue.getId(), "reRatingScore")).isEqualTo(9);

    HttpResponse<String> again = http.postJson("integration", "/api/nps-responses/RR-1/re-rating", reRating);
    Assertions.assertThat(again.statusCode()).as("the same re-rating again: the first answer").isEqualTo(200);
    Assertions.assertThat(again.body()).isEqualTo(accepted.body());
    HttpResponse<String> another = http.postJson("integration", "/api/nps-responses/RR-1/re-rating",
        reRating.replace("\"score\":9", "\"score\":3"));
    Assertions.assertThat(another.statusCode()).as("another re-rating does not replace the first").isEqualTo(409);
    Assertions.assertThat(another.body()).contains("\"field\":\"score\"");
    Assertions.assertThat(runtime.getVariable(rescue.getId(), "reRatingScore")).isEqualTo(9);

    ProcessInstance timedOut = rescueAwaitingReRating("RR-3");
    management.executeJob(management.createJobQuery().processInstanceId(timedOut.getId())
        .activityId("Timer_ReRatingWait").singleResult().getId());
    Assertions.assertThat(runtime.getVariable(timedOut.getId(), "outcome")).isEqualTo("RECOVERED");
    HttpResponse<String> late = http.postJson("integration", "/api/nps-responses/RR-3/re-rating",
        "{\"score\":9,\"answeredAt\":\"" + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\"}");
    Assertions.assertThat(late.statusCode()).as("past the wait without a re-rating").isEqualTo(409);
    Assertions.assertThat(late.body()).contains("not waiting for a re-rating");
  }

  @Test
  void unknownSurveysAndBadScoresAreRefused() {
    String good = "{\"score\":9,\"answeredAt\":\"2026-01-05T08:00:00Z\"}";
    Assertions.assertThat(http.postJson("integration", "/api/nps-responses/NO-SUCH/re-rating", good)
        .statusCode()).isEqualTo(404);

    ProcessInstance rescue = rescueAwaitingReRating("RR-2");
    HttpResponse<String> bad = http.postJson("integration", "/api/nps-responses/RR-2/re-rating",
        "{\"score\":11,\"answeredAt\":\"2026-01-05T08:00:00Z\"}");
    Assertions.assertThat(bad.statusCode()).isEqualTo(400);
    Assertions.assertThat(bad.body()).contains("\"field\":\"score\"");
    Assertions.assertThat(runtime.getVariable(rescue.getId(), "outcome")).isNull();
  }

  @Test
  void aReRatingDatedBeforeTheSurveyItAnswersIsRefusedAndChangesNothing() {
    ProcessInstance rescue = rescueAwaitingReRating("RR-4");
    Instant answered = ((Date) runtime.getVariable(rescue.getId(), "answeredAt")).toInstant();
    String early = "{\"score\":9,\"answeredAt\":\"" + answered.minus(1, ChronoUnit.HOURS) + "\"}";

    HttpResponse<String> refused = http.postJson("integration", "/api/nps-responses/RR-4/re-rating", early);
    Assertions.assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    Assertions.assertThat(refused.body()).contains("\"field\":\"answeredAt\"", "before the survey was answered");
    Assertions.assertThat(runtime.getVariable(rescue.getId(), "reRatingScore")).isNull();
    Assertions.assertThat(runtime.getVariable(rescue.getId(), "outcome")).isNull();

    String sameMoment = "{\"score\":9,\"answeredAt\":\"" + answered + "\"}";
    Assertions.assertThat(http.postJson("integration", "/api/nps-responses/RR-4/re-rating", sameMoment).statusCode())
        .as("a re-rating at the survey's own moment is taken").isEqualTo(200);
  }

  /** Starts a rescue over the API and works its tasks as the forms would, up to the re-rating wait. */
  private ProcessInstance rescueAwaitingReRating(String surveyId) {
    http.postJson("integration", "/api/nps-responses",
        survey(surveyId, 5, Instant.now().truncatedTo(ChronoUnit.SECONDS)));
    ProcessInstance rescue = runtime.createProcessInstanceQuery().processInstanceBusinessKey(surveyId)
        .singleResult();
    complete(rescue, "Task_FirstContact", Map.of("leapListened", true, "leapEmpathized", true,
        "leapAcknowledged", true, "leapPromised", true, "painPoints", "late", "promise", "call by 20:00",
        "promisedCallbackAt", Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES).toString()));
    complete(rescue, "Task_Investigate", Map.of("facts", "logs", "responsibility", "OURS",
        "rootCauseCategory", "WAIT_TIME", "shortTermRemedy", "apology"));
    complete(rescue, "Task_DesignSolution", Map.of("problemFixValue", 100L, "lossCompensationValue", 0L,
        "emotionalRepairValue", 0L));
    complete(rescue, "Task_ExecuteAndFollowUp", Map.of("customerResponse", "ACCEPTED",
        "progressUpdates", "photos"));
    return rescue;
  }

  private void complete(ProcessInstance rescue, String taskKey, Map<String, Object> variables) {
    tasks.complete(tasks.createTaskQuery().processInstanceId(rescue.getId()).taskDefinitionKey(taskKey)
        .singleResult().getId(), variables);
  }
}
