package com.aftersales.bpm.promise;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.PartShortages;
import com.aftersales.bpm.support.SurveyJson;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * The customer's promises on the later forms (ADR 55) are read-only on the server too (ADR 2): a completion
 * that sends other words for them is refused with 400 naming the field, the task stays open and shows what the
 * promise table says; a promise recorded through the checklist intake after the case started shows on the
 * next task.
 */
@ApplicationTest
class PromisesReadOnlyApiTest extends ApplicationTestSupport {

  private static final String FORGED = "\"customerPromisesInWords\": {\"value\": \"No open sales promises / 无未兑现的销售承诺\"}";

  @Test
  void theManagerTakingOverCannotRewriteThePromisesAndThePromiseRecordedSinceShowsNext() {
    HttpResponse<String> reported = http.postJson("integration", "/api/part-shortages",
        PartShortages.report("RO-PRM-RO", "CANNOT_DRIVE").customer("C-PRM-RO", "周女士", "+86 139 0000 0055").json());
    Assertions.assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);
    Task takeOver = task("RO-PRM-RO", "Task_ManagerTakeOver");
    posted(Checklists.checklist("CL-PRM-RO", "C-PRM-RO",
        Checklists.item("FREE_SERVICE", "Free pick-up for every repair", "200"))); // after the order started

    HttpResponse<String> refused = http.postJson("manager", "/engine-rest/task/" + takeOver.getId() + "/complete",
        "{\"variables\": {\"apologyCallDone\": {\"value\": true}, \"mobilityArranged\": {\"value\": \"LOANER\"}, "
            + FORGED.replace("No open", "Nothing") + "}}");

    Assertions.assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    Assertions.assertThat(refused.body()).contains("(customerPromisesInWords) is read-only");
    Assertions.assertThat(tasks.createTaskQuery().taskId(takeOver.getId()).count()).as("still open").isEqualTo(1);
    Assertions.assertThat(tasks.getVariable(takeOver.getId(), "customerPromisesInWords"))
        .as("as the table stood when the take-over opened").isEqualTo("No open sales promises / 无未兑现的销售承诺");

    HttpResponse<String> done = http.postJson("manager", "/engine-rest/task/" + takeOver.getId() + "/complete",
        "{\"variables\": {\"apologyCallDone\": {\"value\": true}, \"mobilityArranged\": {\"value\": \"LOANER\"}, "
            + FORGED + "}}");
    Assertions.assertThat(done.statusCode()).as("its current value, as Tasklist may send it: " + done.body())
        .isEqualTo(204);
    Assertions.assertThat(tasks.getVariable(task("RO-PRM-RO", "Task_SetExpectation").getId(), "customerPromisesInWords"))
        .asString().as("the promise recorded since").contains("Free pick-up for every repair");
  }

  @Test
  void theInvestigationCannotRewriteThePromises() {
    Instant answered = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS);
    HttpResponse<String> started = http.postJson("integration", "/api/nps-responses",
        SurveyJson.survey("SV-PRM-RO", 5, answered));
    Assertions.assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    Task contact = task("SV-PRM-RO", "Task_FirstContact");
    tasks.complete(contact.getId(), Map.of("leapListened", true, "leapEmpathized", true, "leapAcknowledged", true,
        "leapPromised", true, "painPoints", "waited too long", "promise", "a plan tonight",
        "promisedCallbackAt", Date.from(answered.plus(Duration.ofHours(20)))));
    Task investigate = task("SV-PRM-RO", "Task_Investigate");

    HttpResponse<String> refused = http.postJson("advisor", "/engine-rest/task/" + investigate.getId() + "/complete",
        "{\"variables\": {\"facts\": {\"value\": \"CCTV\"}, \"responsibility\": {\"value\": \"OURS\"}, "
            + "\"rootCauseCategory\": {\"value\": \"WAIT_TIME\"}, \"shortTermRemedy\": {\"value\": \"apology\"}, "
            + FORGED.replace("No open", "Nothing") + "}}");

    Assertions.assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    Assertions.assertThat(refused.body()).contains("(customerPromisesInWords) is read-only");
    Assertions.assertThat(tasks.createTaskQuery().taskId(investigate.getId()).count()).as("still open").isEqualTo(1);
  }

  private void posted(String checklist) {
    HttpResponse<String> posted = http.postJson("sales", "/api/customer-promises", checklist);
    Assertions.assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
  }

  private Task task(String businessKey, String taskKey) {
    return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey).singleResult();
  }
}
