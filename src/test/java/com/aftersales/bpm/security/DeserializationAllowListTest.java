package com.aftersales.bpm.security;

import com.aftersales.bpm.support.Http;
import com.aftersales.bpm.support.Surveys;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 12, finding 4: a JSON object variable may name any Java class, and reading it builds an
 * object of that class. Only the lists and maps our processes store are built.
 */
@SecurityTestApplication
class DeserializationAllowListTest {

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;

  @Test
  void aVariableNamingAnArbitraryClassIsNotBuiltButAListIs() {
    Http http = new Http(port);
    String instance = runtime.startProcessInstanceByKey("passiveFollowUp", "DESER-1",
        Surveys.survey("DESER-1", 7, Instant.now())).getId();
    String variables = "/engine-rest/engine/" + SecurityTestApplication.ENGINE + "/process-instance/" + instance
        + "/variables/";

    HttpResponse<String> written = http.putJson("admin", variables + "dataSource", objectValue(
        "org.springframework.jdbc.datasource.DriverManagerDataSource", "{\"url\":\"jdbc:h2:mem:elsewhere\"}"));
    HttpResponse<String> read = http.get("admin", variables + "dataSource");
    Assertions.assertThat(written.statusCode()).as("stored as sent, not built").isEqualTo(204);
    Assertions.assertThat(read.statusCode()).as(read.body()).isEqualTo(500);
    Assertions.assertThat(read.body()).contains("Cannot deserialize").doesNotContain("elsewhere\"");

    Probe.built.set(0);
    http.putJson("admin", variables + "probe", objectValue(Probe.class.getName(), "{}"));
    http.get("admin", variables + "probe");
    Assertions.assertThat(Probe.built).as("no object of a class outside the allow-list is built").hasValue(0);

    Assertions.assertThat(http.putJson("admin", variables + "departments",
        objectValue("java.util.ArrayList<java.lang.String>", "[\"sales\",\"delivery\"]")).statusCode()).isEqualTo(204);
    HttpResponse<String> list = http.get("admin", variables + "departments");
    Assertions.assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    Assertions.assertThat(list.body()).contains("[\"sales\",\"delivery\"]");
  }

  /** Counts the objects built of it: a class the engine must not instantiate from a variable. */
  public static class Probe {
    static final AtomicInteger built = new AtomicInteger();

    public Probe() {
      built.incrementAndGet();
    }
  }

  private static String objectValue(String type, String json) {
    return """
        {"type":"Object","value":%s,"valueInfo":{"objectTypeName":"%s","serializationDataFormat":"application/json"}}
        """.formatted(com.fasterxml.jackson.databind.node.TextNode.valueOf(json).toString(), type);
  }
}
