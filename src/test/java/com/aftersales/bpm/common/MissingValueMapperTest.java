package com.aftersales.bpm.common;

import jakarta.ws.rs.core.Response;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * {@link MissingValueMapper} takes the engine's NullPointerException for the request's fault, and
 * one thrown in our own code (a delegate the call ran, through a JDK method) for ours: a 500.
 */
class MissingValueMapperTest {

  private final MissingValueMapper mapper = new MissingValueMapper();

  @Test
  void theEngineFindingNothingForAnIdIs404AndLeavingOutAValue400() {
    Assertions.assertThat(mapper.toResponse(thrownAt("Cannot invoke \"isSuspended()\" because \"processDefinitionEntity\" is null",
        "org.camunda.bpm.engine.impl.cmd.AbstractSetProcessDefinitionStateCmd", "com.aftersales.bpm.engine.UserCommandChecks"))
        .getStatus()).isEqualTo(404);
    Assertions.assertThat(mapper.toResponse(thrownAt("Cannot invoke \"size()\" because \"instructions\" is null",
        "java.util.Objects", "org.camunda.bpm.engine.rest.impl.ProcessDefinitionRestServiceImpl")).getStatus()).isEqualTo(400);
  }

  @Test
  void oneThrownInOurOwnCodeIsOurFaultNotTheRequests() {
    Response ours = mapper.toResponse(thrownAt("Cannot invoke \"toString()\" because \"x\" is null",
        "java.util.Objects", "com.aftersales.bpm.parts.SomeDelegate", "org.camunda.bpm.engine.impl.bpmn.behavior.ServiceTaskDelegateExpressionActivityBehavior"));
    Assertions.assertThat(ours.getStatus()).isEqualTo(500);
    Assertions.assertThat(ours.getEntity().toString()).doesNotContain("SomeDelegate").doesNotContain("because");
  }

  private static NullPointerException thrownAt(String message, String... classes) {
    NullPointerException e = new NullPointerException(message);
    StackTraceElement[] frames = new StackTraceElement[classes.length];
    for (int i = 0; i < classes.length; i++) {
      frames[i] = new StackTraceElement(classes[i], "call", null, -1);
    }
    e.setStackTrace(frames);
    return e;
  }
}
