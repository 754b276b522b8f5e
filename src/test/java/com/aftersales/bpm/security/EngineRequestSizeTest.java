package com.aftersales.bpm.security;

import static com.aftersales.bpm.support.SurveyJson.survey;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** Finding 3: the engine REST API takes no body above its limit (2 MiB), declared or streamed. */
@ApplicationTest
class EngineRequestSizeTest extends ApplicationTestSupport {

  private static final int THREE_MIB = 3 * 1024 * 1024;

  @Test
  void aHugeVariableIsRefusedWith413() {
    http.postJson("integration", "/api/nps-responses", survey("TRUST-SIZE-1", 2, Instant.now().truncatedTo(ChronoUnit.SECONDS)));
    String rescue = runtime.createProcessInstanceQuery().processInstanceBusinessKey("TRUST-SIZE-1").singleResult().getId();

    HttpResponse<String> refused = http.putJson("admin", "/engine-rest/process-instance/" + rescue + "/variables/big",
        "{\"value\":\"" + "x".repeat(THREE_MIB) + "\",\"type\":\"String\"}");

    Assertions.assertThat(refused.statusCode()).isEqualTo(413);
    Assertions.assertThat(refused.body()).contains("larger than 2097152 bytes");
    Assertions.assertThat(runtime.getVariable(rescue, "big")).isNull();
    Assertions.assertThat(http.putJson("admin", "/engine-rest/process-instance/" + rescue + "/variables/small",
        "{\"value\":\"" + "x".repeat(100_000) + "\",\"type\":\"String\"}").statusCode())
        .as("below the limit").isNotEqualTo(413);
  }

  @Test
  void aHugeDeploymentIsRefusedBeforeItIsSentOrWhileItStreams() {
    long deployments = repository.createDeploymentQuery().count();
    Assertions.assertThat(http.announceUpload("owner", "/engine-rest/deployment/create", 20L * 1024 * 1024))
        .isEqualTo("HTTP/1.1 413 ");

    byte[] streamed = ("--b\r\nContent-Disposition: form-data; name=\"huge.bpmn\"; filename=\"huge.bpmn\"\r\n\r\n"
        + "x".repeat(THREE_MIB) + "\r\n--b--\r\n").getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> chunked = http.post("owner", "/engine-rest/deployment/create", "multipart/form-data; boundary=b",
        BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(streamed)));

    Assertions.assertThat(chunked.statusCode()).isEqualTo(413);
    Assertions.assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
  }
}
