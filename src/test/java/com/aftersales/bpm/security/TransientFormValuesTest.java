package com.aftersales.bpm.security;

import static com.aftersales.bpm.security.SolutionDesignForm.plan;
import static com.aftersales.bpm.support.ReviewMonths.monthsAgo;

import com.aftersales.bpm.demo.RescueDriver;
import com.aftersales.bpm.review.ReviewModel;
import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import java.net.http.HttpResponse;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A value sent as transient ({@code "valueInfo": {"transient": true}}, which no form sends) lives
 * only in the completion's transaction: a required field passed the form's checks and the case went
 * on without it, recorded nowhere; a field the case already holds failed in the engine with a 500.
 * Either is a 400 naming the field, and nothing changes.
 */
@ApplicationTest
class TransientFormValuesTest extends ApplicationTestSupport {

  private static final String TRANSIENT = "\"type\": \"%s\", \"valueInfo\": {\"transient\": true}";

  @Autowired RescueDriver driver;

  @Test
  void aRequiredValueSentAsTransientIsRefusedNamingItAndNothingIsKeptOrSkipped() {
    Task design = SolutionDesignForm.designTheSolution(driver, tasks, "TRANSIENT-1");

    HttpResponse<String> refused = complete(design, plan("free repair", "{\"value\": 300, " + TRANSIENT.formatted("Long") + "}"));

    TaskCompletionTest.assertRefused(tasks, refused, design, "problemFixValue", "transient");
    Assertions.assertThat(runtime.getVariable(design.getProcessInstanceId(), "problemFixValue")).isNull();
  }

  @Test
  void aReadOnlyValueSentBackAsTransientIsA400NotAServerError() {
    Task design = SolutionDesignForm.designTheSolution(driver, tasks, "TRANSIENT-2");
    Object grade = runtime.getVariable(design.getProcessInstanceId(), "grade");

    HttpResponse<String> refused = complete(design, plan("free repair", "{\"value\": 300}")
        + ", \"grade\": {\"value\": \"" + grade + "\", " + TRANSIENT.formatted("String") + "}");

    TaskCompletionTest.assertRefused(tasks, refused, design, "grade", "transient");
    Assertions.assertThat(runtime.getVariable(design.getProcessInstanceId(), "grade")).isEqualTo(grade);
  }

  @Test
  void aStartFormValueSentAsTransientIsRefusedAndNothingStarts() {
    String month = monthsAgo(6);
    long before = reviewsOf(month); // another test of the same application may have held that month's review

    HttpResponse<String> refused = http.postJson("storemanager", "/engine-rest/process-definition/key/"
        + ReviewModel.PROCESS + "/start", "{\"variables\": {\"reviewMonth\": {\"value\": \"" + month + "\", "
        + TRANSIENT.formatted("String") + "}}}");

    Assertions.assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    Assertions.assertThat(refused.body()).contains("reviewMonth", "transient");
    Assertions.assertThat(reviewsOf(month)).as("nothing started").isEqualTo(before);
  }

  private long reviewsOf(String month) {
    return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("REVIEW-" + month).count();
  }

  private HttpResponse<String> complete(Task task, String variables) {
    return SolutionDesignForm.complete(http, task, variables);
  }
}
