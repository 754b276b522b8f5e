package com.aftersales.bpm.api;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.Http;
import com.aftersales.bpm.support.WebappBrowser;
import java.net.http.HttpResponse;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * None of our models starts on a condition. Evaluating start conditions over the engine REST API
 * (and the webapps' copy of it) starts nothing and says so with the empty list the engine answers
 * when no condition matches; it is no server error (the engine's own answer is a 500, ENGINE-13043).
 */
@ApplicationTest
class ConditionalStartApiTest {

  @LocalServerPort int port;
  @Autowired Http http;
  @Autowired RuntimeService runtime;

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
