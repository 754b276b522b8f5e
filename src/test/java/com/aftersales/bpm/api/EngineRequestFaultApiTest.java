package com.aftersales.bpm.api;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.Http;
import com.aftersales.bpm.support.WebappBrowser;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Requests the engine refuses because of what they ask, which its REST API answers with 500, get
 * a 4xx with the engine's message (or the empty answer), on /engine-rest and on the webapps'
 * engine API that Tasklist and Cockpit call ({@code RequestFaultMapper}).
 */
@ApplicationTest
class EngineRequestFaultApiTest {

  @LocalServerPort int port;
  @Autowired Http http;
  @Autowired RuntimeService runtime;
  @Autowired ObjectMapper json;

  @Test
  void anIdThatNamesNothingIsNotFound() throws Exception {
    for (String action : new String[] {"complete", "submit-form"}) {
      HttpResponse<String> refused = http.postJson("advisor", "/engine-rest/task/no-such-task/" + action, "{\"variables\": {}}");
      Assertions.assertThat(refused.statusCode()).as(action + ": " + refused.body()).isEqualTo(404);
      Assertions.assertThat(json.readTree(refused.body()).path("message").asText()).contains("no-such-task");
    }
    HttpResponse<String> variables = http.get("advisor", "/engine-rest/process-instance/no-such-case/variables");
    Assertions.assertThat(variables.statusCode()).as(variables.body()).isEqualTo(404);
    Assertions.assertThat(variables.body()).contains("no-such-case");

    HttpResponse<String> fromTasklist = WebappBrowser.loggedIn(port, "tasklist", "advisor")
        .postJson("/camunda/api/engine/engine/default/task/no-such-task/submit-form", "{\"variables\": {}}");
    Assertions.assertThat(fromTasklist.statusCode()).as(fromTasklist.body()).isEqualTo(404);
  }

  @Test
  void evaluatingStartConditionsWhenNoModelStartsOnOneStartsNothing() throws Exception {
    long before = runtime.createProcessInstanceQuery().count();

    HttpResponse<String> evaluated = http.postJson("admin", "/engine-rest/condition",
        "{\"variables\": {\"score\": {\"value\": 2, \"type\": \"Integer\"}}}");

    Assertions.assertThat(evaluated.statusCode()).as(evaluated.body()).isEqualTo(200);
    Assertions.assertThat(evaluated.body()).isEqualTo("[]");
    Assertions.assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(before);

    HttpResponse<String> fromCockpit = WebappBrowser.loggedIn(port, "cockpit", "admin")
        .postJson("/camunda/api/engine/engine/default/condition", "{\"variables\": {}}");
    Assertions.assertThat(fromCockpit.statusCode()).as("the webapps' engine API: " + fromCockpit.body()).isEqualTo(200);
    Assertions.assertThat(fromCockpit.body()).isEqualTo("[]");
  }
}
