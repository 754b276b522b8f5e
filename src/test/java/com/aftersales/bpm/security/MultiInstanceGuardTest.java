package com.aftersales.bpm.security;

import static com.aftersales.bpm.security.Deployments.deploy;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import java.net.http.HttpResponse;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Security review of 2026-11-29 (audit s35): a process owner deployed a model whose user task ran
 * {@code <loopCardinality>10000000</loopCardinality>} times, and one that started itself with a
 * timer start event and opened 3,000 tasks in one job. The engine creates every instance of a
 * parallel multi-instance in one transaction: ten million fill the node's memory and the database
 * wherever the model is reached (an intake, a completion, a timer). Our models loop over their
 * cases' own lists (orders, promises, actions), never a count: a count is a literal of at most
 * 500, an expression
 * there (which could give any number) is refused.
 */
@ApplicationTest
class MultiInstanceGuardTest extends ApplicationTestSupport {

  @Test
  void tenMillionInstancesOfATaskAreRefusedNamingTheTask() {
    HttpResponse<String> refused = deploy(http, "owner", "huge-loop", Map.of("huge.bpmn", looped("hugeLoop", "10000000")));

    assertRefused(refused, "hugeLoop", "10000000");
  }

  @Test
  void aCountAnExpressionGivesIsRefused() {
    HttpResponse<String> refused = deploy(http, "owner", "counted-loop",
        Map.of("counted.bpmn", looped("countedLoop", "${score * 1000000}")));

    assertRefused(refused, "countedLoop", "${score * 1000000}");
  }

  @Test
  void aSmallWrittenCountAndALoopOverAListDeploy() {
    HttpResponse<String> counted = deploy(http, "owner", "small-loop", Map.of("small.bpmn", looped("smallLoop", "3")));
    HttpResponse<String> overList = deploy(http, "owner", "list-loop", Map.of("list.bpmn", looped("listLoop", null)));

    Assertions.assertThat(counted.statusCode()).as(counted.body()).isEqualTo(200);
    Assertions.assertThat(overList.statusCode()).as(overList.body()).isEqualTo(200);
  }

  private void assertRefused(HttpResponse<String> refused, String processId, String count) {
    Assertions.assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    Assertions.assertThat(refused.body()).contains("Task_Looped", count, "at most 500");
    Assertions.assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(processId).count()).isZero();
  }

  /** A user task run {@code count} times in parallel, or once per element of {@code orderIds} when null. */
  private static String looped(String processId, String count) {
    String loop = count == null ? "<bpmn:multiInstanceLoopCharacteristics camunda:collection=\"${orderIds}\" "
        + "camunda:elementVariable=\"orderId\" />"
        : "<bpmn:multiInstanceLoopCharacteristics><bpmn:loopCardinality>" + count
        + "</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics>";
    return Deployments.definitions(processId, "1095", """
            <bpmn:startEvent id="Start_Loop" />
            <bpmn:sequenceFlow id="Flow_ToTask" sourceRef="Start_Loop" targetRef="Task_Looped" />
            <bpmn:userTask id="Task_Looped" name="Looped / 循环" camunda:candidateGroups="service-manager">%s</bpmn:userTask>
            <bpmn:sequenceFlow id="Flow_ToEnd" sourceRef="Task_Looped" targetRef="End_Loop" />
            <bpmn:endEvent id="End_Loop" />
        """.formatted(loop));
  }
}
