package com.aftersales.bpm.security;

import com.aftersales.bpm.demo.RescueDriver;
import com.aftersales.bpm.demo.RescueScript;
import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Step 6's improvement actions over the REST API as any client sends them (ADR 2, ADR 0053): an
 * action missing a part, with an unknown owner, a passed deadline, or sent without being added is a
 * {@code 400} naming the field, the task stays open and nothing is tracked; a complete one is tracked
 * as an improvement action of its own once the review's completion has committed. An older rescue's
 * review task offers no actions.
 */
@ApplicationTest
class ReviewAndImproveFormRulesTest extends ApplicationTestSupport {

  private static final String REVIEW = "\"whatHappened\": {\"value\": \"waited 3 h\"}, \"doneRight\": {\"value\": \"called "
      + "in 30 min\"}, \"doneWrong\": {\"value\": \"no updates\"}, \"systemImprovement\": {\"value\": \"progress SMS\"}";

  @Autowired RescueDriver driver;

  @Test
  void badActionsAreRefusedNamingTheFieldAndAGoodOneIsTrackedOnItsOwn() {
    Task review = reviewOf("RIA-1");

    assertRefused(review, slot("SMS every 4 h", null, null, null), "(action1Owner) is required",
        "(action1Deadline) is required", "(action1Criterion) is required");
    assertRefused(review, slot("SMS every 4 h", "nobody-here", "2099-01-10", "every order texted"),
        "owner 'nobody-here' is neither a user nor a group (action1Owner)");
    assertRefused(review, slot("SMS every 4 h", "advisor", "2001-01-01", "every order texted"),
        "(action1Deadline) must not be before today");
    assertRefused(review, slot("SMS every 4 h", "advisor", "2099-01-10", "长".repeat(1001)), // the reminders carry it
        "(action1Criterion) must have at most 1000 characters");
    assertRefused(review, ", \"action1Text\": {\"value\": \"SMS every 4 h\"}",
        "(action1Text) is not shown on this form and must stay empty");

    HttpResponse<String> done = complete(review, slot("SMS every 4 h", "advisor", "2099-01-10", "every order texted"));

    Assertions.assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
    Assertions.assertThat(tracked("RIA-1/1")).as("started after the completion committed").isZero();
    Job start = management.createJobQuery().processInstanceId(review.getProcessInstanceId())
        .activityId("Task_StartImprovementActions#multiInstanceBody").singleResult();
    management.executeJob(start.getId());
    Assertions.assertThat(tracked("RIA-1/1")).isEqualTo(1);
    Assertions.assertThat(tasks.createTaskQuery().processInstanceBusinessKey("RIA-1/1").taskAssignee("advisor")
        .taskDefinitionKey("Task_CarryOutAction").count()).as("the owner's to carry out").isEqualTo(1);
  }

  /**
   * An action is the staff's to carry out (SPEC 3): its owner works it in Tasklist. A group or user who
   * works no task there (the administrators, the integration and monitoring accounts, auditors, success
   * managers, process owners) would get an action nobody does, or work meant for staff.
   */
  @Test
  void anOwnerWhoWorksNoTasksIsRefused() {
    Task review = reviewOf("RIA-3");

    for (String owner : List.of("camunda-admin", "integration", "auditor", "customer-success", "admin", "csm")) {
      assertRefused(review, slot("SMS every 4 h", owner, "2099-01-10", "every order texted"),
          "owner '" + owner + "' is not staff who work tasks (action1Owner)");
    }
    HttpResponse<String> done = complete(review, slot("SMS every 4 h", "service-advisor", "2099-01-10", "every order texted"));
    Assertions.assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
  }

  /**
   * The rescue starts its actions as the application (ADR 0053): no staff member needs, or has, the
   * right to start one, so nobody opens an action with an owner and deadline no form checked.
   */
  @Test
  void nobodyStartsAnImprovementActionThemselves() {
    String body = "{\"businessKey\": \"RIA-4/1\", \"variables\": {\"actionText\": {\"value\": \"x\"}, "
        + "\"actionOwner\": {\"value\": \"camunda-admin\"}, \"ownerIsGroup\": {\"value\": true}}}";
    for (String user : List.of("manager", "storemanager", "regional", "advisor")) {
      HttpResponse<String> refused = http.postJson(user, "/engine-rest/process-definition/key/improvementAction/start", body);
      Assertions.assertThat(refused.statusCode()).as(user + ": " + refused.body()).isEqualTo(403);
    }
    Assertions.assertThat(tracked("RIA-4/1")).isZero();
  }

  /**
   * A review task of a rescue started before this version gets the same form (bound by "latest") but
   * its model would drop the actions: without the flag only this version sets, the form offers none
   * and the server refuses them; the review itself completes as before.
   */
  @Test
  void aReviewTaskOfAnOlderRescueOffersNoActionsAndCompletesWithoutThem() {
    Task review = reviewOf("RIA-2");
    runtime.removeVariableLocal(review.getExecutionId(), "improvementActionsOffered"); // as an older version's task

    assertRefused(review, slot("SMS every 4 h", "advisor", "2099-01-10", "every order texted"),
        "'Commit an improvement action / 承诺改进措施' (addAction1) is not shown on this form and must stay empty");
    HttpResponse<String> done = complete(review, "");

    Assertions.assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
    Assertions.assertThat(runtime.createProcessInstanceQuery().processInstanceId(review.getProcessInstanceId()).count())
        .as("the rescue closed").isZero();
  }

  /** A rescue after its first contact, moved on to *Review and improve* and claimed by the service manager. */
  private Task reviewOf(String surveyId) {
    Instant answered = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
    String rescue = driver.run(surveyId, answered, "王先生",
        new RescueScript(1, 0.5, "WAIT_TIME", false, false, null, false, false));
    runtime.setVariable(rescue, "outcome", "NOT_RECOVERED");
    runtime.createProcessInstanceModification(rescue).cancelAllForActivity("SubProcess_Resolution")
        .startBeforeActivity("Task_ReviewAndImprove").execute();
    Task review = tasks.createTaskQuery().processInstanceId(rescue).taskDefinitionKey("Task_ReviewAndImprove").singleResult();
    tasks.claim(review.getId(), "manager");
    return review;
  }

  /** Slot 1 added, with the parts given (null: left out). */
  private static String slot(String text, String owner, String deadline, String criterion) {
    StringBuilder json = new StringBuilder(", \"addAction1\": {\"value\": true}");
    String[][] parts = {{"action1Text", text}, {"action1Owner", owner}, {"action1Deadline", deadline},
        {"action1Criterion", criterion}};
    for (String[] part : parts) {
      if (part[1] != null) {
        json.append(", \"").append(part[0]).append("\": {\"value\": \"").append(part[1]).append("\"}");
      }
    }
    return json.toString();
  }

  private long tracked(String businessKey) {
    return runtime.createProcessInstanceQuery().processDefinitionKey("improvementAction")
        .processInstanceBusinessKey(businessKey).count();
  }

  private HttpResponse<String> complete(Task task, String actions) {
    return forms.complete("manager", task, REVIEW + actions);
  }

  private void assertRefused(Task task, String actions, String... problems) {
    forms.assertRefused("manager", task, REVIEW + actions, problems);
    String surveyId = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult()
        .getBusinessKey();
    Assertions.assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("improvementAction")
        .processInstanceBusinessKeyLike(surveyId + "/%").count()).as("nothing tracked").isZero();
  }
}
