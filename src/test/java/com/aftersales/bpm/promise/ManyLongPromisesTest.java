package com.aftersales.bpm.promise;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.PartShortages;
import java.net.http.HttpResponse;
import java.util.Collections;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * Security review, stop 34: a customer's open promises are shown on the next case's forms in one
 * text; nine promises of 500 characters made it longer than the engine stores, and every later
 * case of that customer (a parts order, a rescue, a checklist) failed with a 500. Now the text
 * shows what fits and how many more there are.
 */
@ApplicationTest
class ManyLongPromisesTest extends ApplicationTestSupport {

  @Test
  void aCustomerWithManyLongPromisesStillGetsTheirPartsOrder() {
    String item = Checklists.item("FREE_SERVICE", "免".repeat(500), "100");
    HttpResponse<String> promised = http.postJson("sales", "/api/customer-promises",
        Checklists.draft("CL-LONG-1", "C-LONG", String.join(",", Collections.nCopies(9, item))));
    Assertions.assertThat(promised.statusCode()).as(promised.body()).isEqualTo(201);

    HttpResponse<String> reported = http.postJson("integration", "/api/part-shortages",
        PartShortages.report("RO-LONG-1", "MINOR").customer("C-LONG", "李先生", "+86 139 0000 0001").json());

    Assertions.assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);
    Task expectation = tasks.createTaskQuery().processInstanceBusinessKey("RO-LONG-1")
        .taskDefinitionKey("Task_SetExpectation").singleResult();
    Assertions.assertThat((String) tasks.getVariable(expectation.getId(), "customerPromisesInWords"))
        .hasSizeLessThanOrEqualTo(4000).contains("more: see the customer's promises");
  }
}
