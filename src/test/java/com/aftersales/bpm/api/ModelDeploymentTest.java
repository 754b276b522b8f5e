package com.aftersales.bpm.api;

import static com.aftersales.bpm.support.SurveyJson.survey;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * The process owner's path: Camunda Modeler's Deploy button sends only the BPMN to
 * POST /engine-rest/deployment/create; tasks of the new version still find their forms
 * (formRefBinding "latest").
 */
@ApplicationTest
class ModelDeploymentTest extends ApplicationTestSupport {

  private static final String BOUNDARY = "----aftersales-test-boundary";

  @Test
  void aProcessOwnerDeploysAChangedModelFromModelerAndItsTasksStillHaveTheirForms() throws Exception {
    int before = latestRescue().getVersion();
    String changed = Files.readString(Path.of("processes/low-score-rescue.bpmn"))
        .replace("name=\"Review and improve\"", "name=\"Review and improve (v2)\"");

    HttpResponse<String> deployed = deploy("owner", changed);

    Assertions.assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
    Assertions.assertThat(latestRescue().getVersion()).isEqualTo(before + 1);

    http.postJson("integration", "/api/nps-responses",
        survey("DEPLOY-1", 2, Instant.now().truncatedTo(ChronoUnit.SECONDS)));
    Task firstContact = tasks.createTaskQuery().processInstanceBusinessKey("DEPLOY-1").singleResult();
    Assertions.assertThat(firstContact.getProcessDefinitionId()).isEqualTo(latestRescue().getId());
    HttpResponse<String> form = http.get("manager", "/engine-rest/task/" + firstContact.getId() + "/deployed-form");
    Assertions.assertThat(form.statusCode()).isEqualTo(200);
    Assertions.assertThat(form.body()).contains("\"id\"").contains("Form_FirstContact");
  }

  @Test
  void deployingTheSameModelAgainCreatesNoNewVersion() throws Exception {
    String model = Files.readString(Path.of("processes/passive-follow-up.bpmn"));
    deploy("owner", model);
    int version = repository.createProcessDefinitionQuery().processDefinitionKey("passiveFollowUp")
        .latestVersion().singleResult().getVersion();

    Assertions.assertThat(deploy("owner", model).statusCode()).isEqualTo(200);
    Assertions.assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("passiveFollowUp")
        .latestVersion().singleResult().getVersion()).isEqualTo(version);
  }

  @Test
  void onlyProcessOwnersAndAdminsDeploy() throws Exception {
    String model = Files.readString(Path.of("processes/low-score-rescue.bpmn"));
    int before = latestRescue().getVersion();
    Assertions.assertThat(deploy("manager", model.replace("Rescue closed", "Closed by a manager"))
        .statusCode()).isEqualTo(403);
    Assertions.assertThat(deploy("auditor", model.replace("Rescue closed", "Closed by an auditor"))
        .statusCode()).isEqualTo(403);
    Assertions.assertThat(latestRescue().getVersion()).isEqualTo(before);
  }

  private ProcessDefinition latestRescue() {
    return repository.createProcessDefinitionQuery().processDefinitionKey("lowScoreRescue").latestVersion()
        .singleResult();
  }

  /** The multipart request Camunda Modeler sends. */
  private HttpResponse<String> deploy(String user, String bpmn) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    part(body, "deployment-name", null, "aftersales");
    part(body, "deployment-source", null, "Camunda Modeler");
    part(body, "deploy-changed-only", null, "true");
    part(body, "low-score-rescue.bpmn", "low-score-rescue.bpmn", bpmn);
    body.write(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return http.post(user, "/engine-rest/deployment/create", "multipart/form-data; boundary=" + BOUNDARY,
        BodyPublishers.ofByteArray(body.toByteArray()));
  }

  private static void part(ByteArrayOutputStream out, String name, String filename, String content)
      throws IOException {
    String disposition = "Content-Disposition: form-data; name=\"" + name + "\""
        + (filename == null ? "" : "; filename=\"" + filename + "\"\r\nContent-Type: application/octet-stream");
    out.write(("--" + BOUNDARY + "\r\n" + disposition + "\r\n\r\n" + content + "\r\n")
        .getBytes(StandardCharsets.UTF_8));
  }
}
