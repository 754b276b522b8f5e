package com.aftersales.bpm.api;

import static com.aftersales.bpm.support.SurveyJson.survey;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** The case-history search's customer lookup: case ids by part of a name, read-only. */
@ApplicationTest
class HistorySearchApiTest extends ApplicationTestSupport {

  @Test
  void findsTheCasesOfACustomerByPartOfTheName() throws Exception {
    HttpResponse<String> started = http.postJson("integration", "/api/nps-responses", survey("HIST-CUST-1", 2, Instant.now()));
    String id = json.readTree(started.body()).get("processInstanceId").asText();

    List<String> found = List.of(json.readValue(http.get("auditor", "/api/history/customer-cases?name=%E7%8E%8B").body(), String[].class));
    Assertions.assertThat(found).contains(id);
    Assertions.assertThat(http.get("auditor", "/api/history/customer-cases?name=%25").body())
        .as("a % is a character, not a wildcard").isEqualTo("[]");
    HttpResponse<String> bad = http.get("auditor", "/api/history/customer-cases?name=");
    Assertions.assertThat(bad.statusCode()).isEqualTo(400);
    Assertions.assertThat(json.readTree(bad.body()).findValuesAsText("field")).containsExactly("name");
    Assertions.assertThat(http.get(null, "/api/history/customer-cases?name=x").statusCode()).isEqualTo(401);
  }
}
