package com.aftersales.bpm.security;

import com.aftersales.bpm.demo.RescueDriver;
import com.aftersales.bpm.demo.RescueScript;
import com.aftersales.bpm.support.Http;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * The rescue's "Design the solution" form as the security tests send it over the engine's REST API:
 * the open task, the plan's values and its completion by the manager ({@link TaskCompletionTest#assertRefused}
 * checks a refusal).
 */
final class SolutionDesignForm {

  /** A plan every rule of the form lets through: a free repair worth 300. */
  static final String VALID_PLAN = plan("free repair", "{\"value\": 300}");

  private SolutionDesignForm() {}

  /** The plan's six values as a completion's variables (JSON members), the problem fix's items and value given. */
  static String plan(String fixItems, String fixValue) {
    return """
        "problemFixItems": {"value": "%s"}, "problemFixValue": %s,
        "lossCompensationItems": {"value": "wash coupons"}, "lossCompensationValue": {"value": 100},
        "emotionalRepairItems": {"value": "phone call"}, "emotionalRepairValue": {"value": 0}""".formatted(fixItems,
        fixValue);
  }

  /** A grade S rescue (the manager responds) whose first contact and investigation are done, claimed by him. */
  static Task designTheSolution(RescueDriver driver, TaskService tasks, String surveyId) {
    Instant answered = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
    String rescue = driver.run(surveyId, answered, "王先生",
        new RescueScript(1, 0.5, "WAIT_TIME", false, false, null, false, false));
    Task investigate = tasks.createTaskQuery().processInstanceId(rescue).taskDefinitionKey("Task_Investigate").singleResult();
    tasks.complete(investigate.getId(), Map.of("facts", "records checked", "responsibility", "OURS",
        "rootCauseCategory", "WAIT_TIME", "shortTermRemedy", "apology"));
    Task design = tasks.createTaskQuery().processInstanceId(rescue).taskDefinitionKey("Task_DesignSolution").singleResult();
    tasks.claim(design.getId(), "manager");
    return design;
  }

  /** The manager completes {@code task} with {@code variables} (JSON members) over the engine's REST API. */
  static HttpResponse<String> complete(Http http, Task task, String variables) {
    return http.postJson("manager", "/engine-rest/task/" + task.getId() + "/complete", "{\"variables\": {" + variables + "}}");
  }
}
