package com.aftersales.bpm.security;

import static com.aftersales.bpm.security.Deployments.deploy;
import static com.aftersales.bpm.security.Deployments.process;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * A deployed model can do only what our own delegates do (ADR 1), also through what the engine
 * builds in: a service task of {@code camunda:type="shell"} runs a command on the server (a timer
 * start event runs it without anybody starting a case), and the engine reads the legacy
 * {@code activiti:} namespace as {@code camunda:}. Both are refused with 400 naming the element,
 * nothing stored, nothing run.
 */
@ApplicationTest
class BuiltInTasksAndLegacyNamespaceTest extends ApplicationTestSupport {

  private static final String ACTIVITI = "xmlns:activiti=\"http://activiti.org/bpmn\"";

  @Test
  void aServiceTaskThatRunsAShellCommandOrSendsMailIsRefused() throws Exception {
    Path marker = Files.createTempDirectory("guard").resolve("shell");
    String shell = process("Process_Shell", "camunda:type=\"shell\"", """
        <bpmn:extensionElements>
          <camunda:field name="command"><camunda:string>touch</camunda:string></camunda:field>
          <camunda:field name="arg1"><camunda:string>%s</camunda:string></camunda:field>
        </bpmn:extensionElements>""".formatted(marker)).replace("<bpmn:startEvent id=\"Start_Test\" />",
        "<bpmn:startEvent id=\"Start_Test\"><bpmn:timerEventDefinition><bpmn:timeDate>2020-01-01T00:00:00Z"
            + "</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:startEvent>");

    assertRefused(deploy(http, "owner", "shell", Map.of("shell.bpmn", shell)), "Process_Shell", "'shell'");
    assertRefused(deploy(http, "owner", "mail", Map.of("mail.bpmn", process("Process_Mail", "camunda:type=\"mail\"", ""))),
        "Process_Mail", "'mail'");
    Assertions.assertThat(marker).doesNotExist();
  }

  @Test
  void theLegacyActivitiNamespaceIsCheckedAsCamundas() {
    String javaClass = process("Process_LegacyClass", "activiti:class=\"org.example.Evil\"", "")
        .replace("xmlns:camunda=", ACTIVITI + " xmlns:camunda=");
    String shell = process("Process_LegacyShell", "activiti:type=\"shell\"", "")
        .replace("xmlns:camunda=", ACTIVITI + " xmlns:camunda=");

    assertRefused(deploy(http, "owner", "legacy-class", Map.of("legacy-class.bpmn", javaClass)), "Process_LegacyClass",
        "org.example.Evil");
    assertRefused(deploy(http, "owner", "legacy-shell", Map.of("legacy-shell.bpmn", shell)), "Process_LegacyShell",
        "'shell'");
  }

  private void assertRefused(HttpResponse<String> response, String processId, String reason) {
    Assertions.assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    Assertions.assertThat(response.body()).contains("ParseException", "Task_Attack", reason);
    Assertions.assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(processId).count()).isZero();
  }
}
