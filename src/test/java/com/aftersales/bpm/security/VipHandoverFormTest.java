package com.aftersales.bpm.security;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.PartShortages;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * SPEC 2.3: a VIP's car is handed over by the manager with a handwritten note, and picked up and
 * dropped off. The handover form asks for both only on a VIP order (hidden otherwise), and the
 * server refuses a VIP handover without them, as the form does, from any client.
 */
@ApplicationTest
class VipHandoverFormTest extends ApplicationTestSupport {

  private static final String NOTE = "\"handoverNote\": {\"value\": \"explained the repair\"}";

  @Test
  void aVipHandoverNeedsTheHandwrittenNoteAndThePickUp() {
    Task handover = handoverOf("VIP-HANDOVER-1", "MINOR", true);

    forms.assertRefused("manager", handover, NOTE, "(handwrittenNote) is required");
    forms.assertRefused("manager", handover, NOTE + ", \"handwrittenNote\": {\"value\": true}",
        "(pickupDropoff) is required");
    HttpResponse<String> done = forms.complete("manager", handover, NOTE + ", \"handwrittenNote\": {\"value\": true}, "
        + "\"pickupDropoff\": {\"value\": true}");

    Assertions.assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
  }

  @Test
  void anL1HandoverThatIsNoVipsNeedsNeither() {
    HttpResponse<String> done = forms.complete("manager", handoverOf("VIP-HANDOVER-2", "CANNOT_DRIVE", false), NOTE);

    Assertions.assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
  }

  /** An order taken over, promised, its part arrived and repaired: the manager's handover is open. */
  private Task handoverOf(String repairOrderId, String condition, boolean vip) {
    String body = PartShortages.report(repairOrderId, condition).vip(vip).supplierEta(LocalDate.of(2099, 1, 1)).json();
    Assertions.assertThat(http.postJson("integration", "/api/part-shortages", body).statusCode()).isEqualTo(201);
    String order = runtime.createProcessInstanceQuery().processInstanceBusinessKey(repairOrderId).singleResult().getId();
    tasks.complete(forms.open(order, "Task_ManagerTakeOver").getId(),
        Map.of("apologyCallDone", true, "mobilityArranged", "LOANER"));
    tasks.complete(forms.open(order, "Task_SetExpectation").getId(), Map.of("promisedDate", "2099-01-05",
        "worstCaseDate", "2099-01-09", "customerOption", "A_LEAVE_CAR", "waitingBenefit", "LOANER", "commitmentsExplained", true));
    Assertions.assertThat(http.postJson("integration", "/api/part-shortages/" + repairOrderId + "/arrival", "{}")
        .statusCode()).isEqualTo(204);
    tasks.complete(forms.open(order, "Task_Repair").getId(), Map.of("repairDone", true));
    return forms.open(order, "Task_ManagerHandover");
  }
}
