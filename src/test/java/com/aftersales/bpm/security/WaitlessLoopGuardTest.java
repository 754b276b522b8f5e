package com.aftersales.bpm.security;

import static com.aftersales.bpm.security.Deployments.deploy;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import java.net.http.HttpResponse;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Audit s35's open suspicion: a process owner's model that loops back without waiting (a gateway
 * and an asynchronous service task sending each other the token) would run job after job without
 * end on every node, once one case reached it. The deployment guard refuses it, naming the loop;
 * nothing of the deployment is stored.
 */
@ApplicationTest
class WaitlessLoopGuardTest extends ApplicationTestSupport {

  @Test
  void aLoopThatNeverWaitsIsRefusedNamingItsElements() {
    String model = Deployments.definitions("spinning", "1095", """
            <bpmn:startEvent id="Start_Spin" />
            <bpmn:sequenceFlow id="Flow_In" sourceRef="Start_Spin" targetRef="Gateway_Again" />
            <bpmn:exclusiveGateway id="Gateway_Again" default="Flow_Back" />
            <bpmn:sequenceFlow id="Flow_Back" sourceRef="Gateway_Again" targetRef="Task_Spin" />
            <bpmn:serviceTask id="Task_Spin" name="Spin" camunda:asyncBefore="true" camunda:expression="${true}" />
            <bpmn:sequenceFlow id="Flow_Again" sourceRef="Task_Spin" targetRef="Gateway_Again" />
        """);

    HttpResponse<String> refused = deploy(http, "owner", "spinning", Map.of("spinning.bpmn", model));

    Assertions.assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    Assertions.assertThat(refused.body()).contains("Gateway_Again → Task_Spin", "without waiting");
    Assertions.assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("spinning").count()).isZero();
  }
}
