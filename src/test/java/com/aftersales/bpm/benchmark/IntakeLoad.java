package com.aftersales.bpm.benchmark;

import com.aftersales.bpm.support.Http;
import com.aftersales.bpm.support.SurveyJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.text.SimpleDateFormat;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * A grade S survey taken in up to the rescue's first user task, over HTTP on one application:
 * ours is {@code POST /api/nps-responses} (as the integration), the bare twin the engine's own
 * {@code POST /engine-rest/process-definition/key/bare_lowScoreRescue/start} with the variables
 * our intake and grading left on the case at that point.
 */
final class IntakeLoad {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Http http;
  private final String bareVariables;
  final int variableCount;

  IntakeLoad(Http http, RuntimeService runtime, String prefix) throws Exception {
    this.http = http;
    HttpResponse<String> first = ours(prefix + "-LEARN");
    String id = JSON.readTree(first.body()).get("processInstanceId").asText();
    VariableMap variables = runtime.getVariablesTyped(id, false);
    variableCount = variables.size();
    ObjectNode rest = JSON.createObjectNode();
    for (String name : variables.keySet()) {
      rest.set(name, JSON.valueToTree(restValue(variables.getValueTyped(name))));
    }
    bareVariables = JSON.writeValueAsString(rest);
  }

  HttpResponse<String> ours(String surveyId) {
    HttpResponse<String> answer = http.postJson("integration", "/api/nps-responses",
        SurveyJson.survey(surveyId, 2, Instant.now().minusSeconds(300)));
    check(answer, 201);
    return answer;
  }

  HttpResponse<String> bare(String surveyId) {
    String body = "{\"businessKey\":\"" + surveyId + "\",\"variables\":"
        + bareVariables.replace("\"__SURVEY__\"", "\"" + surveyId + "\"") + "}";
    HttpResponse<String> answer = http.postJson("admin",
        "/engine-rest/process-definition/key/" + BareModels.PREFIX + "lowScoreRescue/start", body);
    check(answer, 200);
    return answer;
  }

  private static void check(HttpResponse<String> answer, int expected) {
    if (answer.statusCode() != expected) {
      throw new IllegalStateException(answer.statusCode() + " " + answer.body());
    }
  }

  /** A variable as the engine's REST API takes it; the survey id is filled in per request. */
  private static Map<String, Object> restValue(TypedValue value) {
    String type = value.getType().getName();
    String restType = Character.toUpperCase(type.charAt(0)) + type.substring(1);
    if (value instanceof ObjectValue object) {
      return Map.of("type", "Object", "value", object.getValueSerialized(), "valueInfo", Map.of(
          "objectTypeName", object.getObjectTypeName(), "serializationDataFormat", object.getSerializationDataFormat()));
    }
    Object plain = value.getValue();
    if (plain == null) {
      return Map.of("type", "Null");
    }
    if (plain instanceof Date date) {
      SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
      return Map.of("type", "Date", "value", format.format(date));
    }
    if (plain instanceof String s && s.contains("-LEARN")) {
      return Map.of("type", restType, "value", "__SURVEY__");
    }
    return Map.of("type", restType, "value", plain);
  }
}
