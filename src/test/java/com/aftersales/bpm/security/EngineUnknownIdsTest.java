package com.aftersales.bpm.security;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.WebappBrowser;
import java.net.http.HttpResponse;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Ids that name nothing, sent to the engine's REST API by any logged-in user: the engine answered
 * these with 500, five of them with a NullPointerException's text naming its internal classes. They
 * are the request's fault: 404 for an id that names nothing, 400 for a left-out value, no
 * exception text, and nothing changed (there is nothing to change).
 */
@ApplicationTest
class EngineUnknownIdsTest extends ApplicationTestSupport {

  private static final String NONE = "00000000-0000-0000-0000-000000000000";

  @LocalServerPort int port;

  @ParameterizedTest(name = "{0} {1} as {3}")
  @CsvSource(delimiter = '|', value = {
      "PUT|/process-definition/ID/suspended|{\"suspended\":true}|advisor|404",
      "PUT|/process-definition/ID/history-time-to-live|{\"historyTimeToLive\":1}|owner|404",
      "PUT|/decision-definition/ID/history-time-to-live|{\"historyTimeToLive\":1}|owner|404",
      "PUT|/case-definition/ID/history-time-to-live|{\"historyTimeToLive\":1}|admin|404",
      "POST|/process-definition/ID/restart-async|{}|admin|400",
      "PUT|/job/ID/retries|{\"retries\":1}|manager|404",
      "PUT|/job/ID/duedate|{\"duedate\":\"2026-11-29T00:00:00.000+0000\"}|advisor|404",
      "POST|/process-instance/ID/modification|{\"instructions\":[{\"type\":\"cancel\",\"activityId\":\"x\"}]}|admin|404"})
  void anIdThatNamesNothingIsTheRequestsFaultWithoutTheExceptionsText(String method, String path, String body,
      String user, int status) {
    for (String root : new String[] {"/engine-rest", "/engine-rest/engine/default"}) {
      HttpResponse<String> answer = http.send(user, method, root + path.replace("ID", NONE), body);
      Assertions.assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
      Assertions.assertThat(answer.body()).doesNotContain("NullPointerException", "org.camunda", "Cannot invoke");
    }
  }

  /** Tasklist's and Cockpit's copy of the engine API answers the same. */
  @Test
  void theWebappsEngineApiAnswersTheSame() throws Exception {
    WebappBrowser cockpit = WebappBrowser.loggedIn(port, "cockpit", "admin");
    HttpResponse<String> answer = cockpit.sendJson("PUT", "/camunda/api/engine/engine/default/process-definition/"
        + NONE + "/suspended", "{\"suspended\":true}", cockpit.csrfToken());
    Assertions.assertThat(answer.statusCode()).as(answer.body()).isEqualTo(404);
    Assertions.assertThat(answer.body()).doesNotContain("NullPointerException", "org.camunda");
  }
}
