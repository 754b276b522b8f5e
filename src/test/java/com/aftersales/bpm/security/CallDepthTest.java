package com.aftersales.bpm.security;

import static com.aftersales.bpm.security.Deployments.definitions;
import static com.aftersales.bpm.security.Deployments.deploy;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import java.net.http.HttpResponse;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

/**
 * Security review of 2026-11-29 (audit-b): two files the process owner deployed one after the other,
 * each calling the other's process, pass the loop guard (neither file loops). Asynchronous, they
 * opened about 130 cases a second that never end; synchronous, the start overflowed the stack. A
 * process called more than a few levels deep is refused as it starts; our deepest call is two (the
 * monthly schedule, its review, the review's actions).
 */
@ApplicationTest
class CallDepthTest extends ApplicationTestSupport {

  @Test
  void twoProcessesCallingEachOtherStopAtTheDepthBoundAndStartNothing() {
    for (String[] pair : new String[][] {{"Process_Ping", "Process_Pong"}, {"Process_Pong", "Process_Ping"}}) {
      HttpResponse<String> deployed = deploy(http, "owner", pair[0], Map.of(pair[0] + ".bpmn", calling(pair[0], pair[1])));
      Assertions.assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
    }

    Assertions.assertThatThrownBy(() -> runtime.startProcessInstanceByKey("Process_Ping"))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("is called 11 levels deep")
        .hasMessageContaining("at most 10");
    Assertions.assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("Process_Ping").count()).isZero();
  }

  /** A process of this key that calls the other key's process and ends. */
  private static String calling(String key, String called) {
    return definitions(key, "1095", """
            <bpmn:startEvent id="Start_Test" />
            <bpmn:sequenceFlow id="Flow_ToCall" sourceRef="Start_Test" targetRef="Call_Other" />
            <bpmn:callActivity id="Call_Other" calledElement="%s" />
            <bpmn:sequenceFlow id="Flow_ToEnd" sourceRef="Call_Other" targetRef="End_Test" />
            <bpmn:endEvent id="End_Test" />""".formatted(called));
  }
}
