package com.aftersales.bpm.security;

import static com.aftersales.bpm.security.Deployments.deploy;
import static com.aftersales.bpm.security.Deployments.process;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import java.net.http.HttpResponse;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Security review of 2026-11-29 (audit-b): a model's own retry cycle for a failing step
 * ({@code camunda:failedJobRetryTimeCycle}) is a timer no cycle rule saw: {@code R100000/PT1S} on a
 * step that always fails, started by a timer at deployment, ran the step every few seconds (each
 * run a job log row and a stack trace) for days. A failing step is retried as the operators set it
 * for every model (application.yaml: PT1M, PT5M, PT15M, PT1H, PT4H); a model's own cycle is
 * refused naming the element, in the legacy namespace too, and nothing is deployed.
 */
@ApplicationTest
class RetryCycleGuardTest extends ApplicationTestSupport {

  private static final String RETRIES = """
      <bpmn:extensionElements><%1$s:failedJobRetryTimeCycle>R100000/PT1S</%1$s:failedJobRetryTimeCycle></bpmn:extensionElements>""";

  @Test
  void aModelsOwnRetryCycleIsRefusedNamingTheStep() {
    String camunda = kept(process("Process_Retries", "camunda:asyncBefore=\"true\" camunda:expression=\"${true}\"",
        RETRIES.formatted("camunda")));
    String legacy = kept(process("Process_LegacyRetries", "camunda:asyncBefore=\"true\" camunda:expression=\"${true}\"",
        RETRIES.formatted("activiti"))).replace("xmlns:camunda=", "xmlns:activiti=\"http://activiti.org/bpmn\" xmlns:camunda=");

    for (Map.Entry<String, String> model : Map.of("Process_Retries", camunda, "Process_LegacyRetries", legacy).entrySet()) {
      HttpResponse<String> refused = deploy(http, "owner", "retries", Map.of("retries.bpmn", model.getValue()));

      Assertions.assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
      Assertions.assertThat(refused.body()).contains("ParseException", "Task_Attack", "R100000/PT1S",
          "failedJobRetryTimeCycle");
      Assertions.assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(model.getKey()).count()).isZero();
    }
  }

  /** The model with the auditors' history time to live, so that only its retry cycle is refused. */
  private static String kept(String model) {
    return model.replace("camunda:historyTimeToLive=\"1\"", "camunda:historyTimeToLive=\"1095\"");
  }
}
