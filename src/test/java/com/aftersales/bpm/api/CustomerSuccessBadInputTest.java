package com.aftersales.bpm.api;

import static com.aftersales.bpm.support.SurveyJson.survey;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.PartShortages;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CRM's two customer fields (ADR 0031) on both intakes that start an unhappy customer's case:
 * a lifetime value that is not a number of CNY from 0 to 1,000,000,000 with at most two decimals,
 * or a success manager that is not a user id, is a 400 naming exactly that field with its reason
 * (the field is known: it is not refused as unknown), and nothing is started or recorded.
 */
@ApplicationTest
class CustomerSuccessBadInputTest extends ApplicationTestSupport {

  private static final Instant ANSWERED = Instant.parse("2026-01-05T08:00:00Z");
  private static final String SURVEYS = "/api/nps-responses";
  private static final String SHORTAGES = "/api/part-shortages";

  /** Each bad value, as raw JSON, why it is bad, and what the answer says (not "is not a known field"). */
  static final List<String[]> BAD_VALUES = List.of(
      new String[] {"lifetimeValue", "\"800000\"", "a string", "must be a number"},
      new String[] {"lifetimeValue", "-1", "negative", "must not be negative"},
      new String[] {"lifetimeValue", "-0.01", "negative by a fen", "must not be negative"},
      new String[] {"lifetimeValue", "600000.125", "three decimals", "must have at most two decimals"},
      new String[] {"lifetimeValue", "1000000000.01", "over the bound", "must be at most 1,000,000,000 (CNY)"},
      new String[] {"lifetimeValue", "1e400", "beyond any double", "must be a number"},
      new String[] {"lifetimeValue", "true", "a boolean", "must be a number"},
      new String[] {"lifetimeValue", "{\"value\":1}", "an object", "must be a number"},
      new String[] {"successManager", "\"csmli,regional-manager\"", "two recipients", "may contain only letters"},
      new String[] {"successManager", "\"customer:C-1\"", "a customer recipient", "may contain only letters"},
      new String[] {"successManager", "\"" + "m".repeat(65) + "\"", "65 characters", "size must be between 0 and 64"},
      new String[] {"successManager", "\"\"", "empty", "may contain only letters"},
      new String[] {"successManager", "\"李经理\"", "not a user id", "may contain only letters"},
      new String[] {"successManager", "42", "a number", "must be a string"});

  static Stream<Arguments> badCustomers() {
    List<Arguments> cases = new ArrayList<>();
    int n = 0;
    for (String[] bad : BAD_VALUES) {
      String member = ",\"" + bad[0] + "\":" + bad[1];
      String surveyId = "CSM-BAD-" + (++n);
      cases.add(Arguments.of("survey: " + bad[0] + " " + bad[2], SURVEYS,
          survey(surveyId, "2", ANSWERED, "").replace("\"highValue\":false", "\"highValue\":false" + member),
          "customer." + bad[0], bad[3]));
      cases.add(Arguments.of("part shortage: " + bad[0] + " " + bad[2], SHORTAGES,
          PartShortages.report("RO-" + surveyId, "MINOR").json().replace("\"vip\":false", "\"vip\":false" + member),
          "customer." + bad[0], bad[3]));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badCustomers")
  void aBadCustomerFieldIsRefusedNamingItAndNothingStarts(String caseName, String path, String body, String field,
      String why) throws Exception {
    long instances = history.createHistoricProcessInstanceQuery().count();
    long records = jdbc.queryForObject("SELECT COUNT(*) FROM intake_record", Long.class);

    HttpResponse<String> refused = http.postJson("integration", path, body);

    Assertions.assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    JsonNode problems = json.readTree(refused.body()).get("fieldErrors");
    Assertions.assertThat(problems.findValuesAsText("field")).containsExactly(field);
    Assertions.assertThat(problems.get(0).get("message").asText()).contains(why);
    Assertions.assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(instances);
    Assertions.assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM intake_record", Long.class)).isEqualTo(records);
  }
}
