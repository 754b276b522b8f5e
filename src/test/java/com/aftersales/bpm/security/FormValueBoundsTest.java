package com.aftersales.bpm.security;

import com.aftersales.bpm.demo.RescueDriver;
import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import java.net.http.HttpResponse;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Security review of 2026-11-29 (audit s35): values a form input has no rule against, which the
 * engine cannot store or the form check cannot read, were a 500 with the engine's or Java's
 * exception text: a text longer than the engine's text column (4,000 characters; the browser's
 * textarea has no limit, so a pasted e-mail thread did it too) and a number that is not finite
 * ({@code "NaN"} or {@code "Infinity"} as a Double over REST). Each is a 400 naming the field now,
 * and the task stays open.
 */
@ApplicationTest
class FormValueBoundsTest extends ApplicationTestSupport {

  @Autowired RescueDriver driver;

  @Test
  void aTextLongerThanTheEngineStoresIsRefusedNamingTheField() {
    Task design = SolutionDesignForm.designTheSolution(driver, tasks, "BOUNDS-1");

    HttpResponse<String> refused = complete(design, "x".repeat(4001), "{\"value\": 300}");

    TaskCompletionTest.assertRefused(tasks, refused, design, "problemFixItems", "at most 4000 characters");
    Assertions.assertThat(refused.body()).doesNotContain("persistence");
  }

  @Test
  void aTextOfFourThousandCharactersIsStored() {
    Task design = SolutionDesignForm.designTheSolution(driver, tasks, "BOUNDS-2");

    HttpResponse<String> done = complete(design, "文".repeat(4000), "{\"value\": 300}");

    Assertions.assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
    Assertions.assertThat(tasks.createTaskQuery().taskId(design.getId()).count()).isZero();
  }

  @Test
  void aNumberThatIsNotFiniteIsRefusedNamingTheField() {
    Task design = SolutionDesignForm.designTheSolution(driver, tasks, "BOUNDS-3");

    for (String notFinite : new String[] {"NaN", "Infinity", "-Infinity"}) {
      HttpResponse<String> refused = complete(design, "free repair",
          "{\"value\": \"" + notFinite + "\", \"type\": \"Double\"}");

      TaskCompletionTest.assertRefused(tasks, refused, design, "problemFixValue", "must be a number");
      Assertions.assertThat(refused.body()).as(notFinite).doesNotContain("NumberFormatException");
    }
  }

  private HttpResponse<String> complete(Task task, String fixItems, String fixValue) {
    return SolutionDesignForm.complete(http, task, SolutionDesignForm.plan(fixItems, fixValue));
  }
}
