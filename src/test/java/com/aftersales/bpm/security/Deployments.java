package com.aftersales.bpm.security;

import com.aftersales.bpm.support.Http;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Deploys files as Camunda Modeler does: one multipart POST to /engine-rest/deployment/create. */
final class Deployments {

  private static final String BOUNDARY = "----aftersales-test-boundary";

  private Deployments() {}

  static HttpResponse<String> deploy(Http http, String user, String name, Map<String, String> files) {
    return deploy(http, user, name, null, files);
  }

  /** @param tenantId the deployment's tenant (Modeler's "Tenant ID"), or null for none */
  static HttpResponse<String> deploy(Http http, String user, String name, String tenantId, Map<String, String> files) {
    StringBuilder body = new StringBuilder();
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("deployment-name", name);
    parts.put("deployment-source", "security-test");
    if (tenantId != null) {
      parts.put("tenant-id", tenantId);
    }
    parts.forEach((field, value) -> body.append("--").append(BOUNDARY).append("\r\n")
        .append("Content-Disposition: form-data; name=\"").append(field).append("\"\r\n\r\n")
        .append(value).append("\r\n"));
    files.forEach((file, content) -> body.append("--").append(BOUNDARY).append("\r\n")
        .append("Content-Disposition: form-data; name=\"").append(file).append("\"; filename=\"").append(file)
        .append("\"\r\nContent-Type: application/octet-stream\r\n\r\n").append(content).append("\r\n"));
    body.append("--").append(BOUNDARY).append("--\r\n");
    return http.post(user, "/engine-rest/deployment/create", "multipart/form-data; boundary=" + BOUNDARY,
        BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
  }

  /** A minimal executable process whose only service task carries the given attributes and body. */
  static String process(String processId, String taskAttributes, String taskBody) {
    return definitions(processId, "1", """
            <bpmn:startEvent id="Start_Test" />
            <bpmn:sequenceFlow id="Flow_ToTask" sourceRef="Start_Test" targetRef="Task_Attack" />
            <bpmn:serviceTask id="Task_Attack" name="Attack" %s>%s</bpmn:serviceTask>
            <bpmn:sequenceFlow id="Flow_ToEnd" sourceRef="Task_Attack" targetRef="End_Test" />
            <bpmn:endEvent id="End_Test" />
        """.formatted(taskAttributes, taskBody));
  }

  /** A BPMN file of one executable process: its id, its history time to live (days) and its elements. */
  static String definitions(String processId, String historyTimeToLive, String elements) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Test"
            targetNamespace="http://bpmn.io/schema/bpmn">
          <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="%s">
        %s
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(processId, historyTimeToLive, elements);
  }

  /** One of the application's own model files, as a process owner opens it in Modeler. */
  static String ownModel(String file) {
    try (InputStream in = Deployments.class.getResourceAsStream("/processes/" + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
