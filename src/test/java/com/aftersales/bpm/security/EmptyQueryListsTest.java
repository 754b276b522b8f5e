package com.aftersales.bpm.security;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import java.net.http.HttpResponse;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A query of the engine's REST API with an empty list where the engine needs at least one value,
 * or a parameter it cannot take (a version of 0, includeAssignedTasks without a candidate, or-queries
 * as a query parameter, a variable compared with a JSON object), sent by any logged-in user: the engine answered 500, for
 * processDefinitionKeyNotIn after the database refused its {@code NOT IN ()} ("an exception in the
 * persistence layer"). The request's fault: 400 naming what was wrong.
 */
@ApplicationTest
class EmptyQueryListsTest extends ApplicationTestSupport {

  @ParameterizedTest(name = "{0} {1} {2} as {3}")
  @CsvSource(delimiter = '|', value = {
      "GET|/history/process-instance?processDefinitionKeyNotIn=||storemanager|processDefinitionKeyNotIn",
      "POST|/history/process-instance/count|{\"processDefinitionKeyNotIn\":[]}|auditor|processDefinitionKeyNotIn",
      "POST|/history/process-instance|{\"processInstanceIds\":[]}|advisor|process instance ids",
      "POST|/process-instance/count|{\"processInstanceIds\":[]}|manager|process instance ids",
      "GET|/task?candidateGroups=||advisor|Candidate group list",
      "POST|/task/count|{\"candidateGroups\":[]}|sales|Candidate group list",
      "GET|/task?candidateGroupsExpression=||admin|Candidate group list expression",
      "GET|/task?includeAssignedTasks=true||advisor|includeAssignedTasks",
      "GET|/process-definition?version=0||owner|version",
      "GET|/history/process-instance?orQueries=x||storemanager|orQueries",
      "GET|/task?orQueries=%5B%5D||advisor|orQueries",
      "POST|/task/count|{\"processVariables\":[{\"name\":\"x\",\"operator\":\"eq\",\"value\":[1,2]}]}|advisor|Object values",
      "POST|/execution|{\"processVariables\":[{\"name\":\"x\",\"operator\":\"eq\",\"value\":{\"a\":1}}]}|manager|Object values"})
  void anEmptyListIsTheRequestsFault(String method, String path, String body, String user, String named) {
    HttpResponse<String> answer = http.send(user, method, "/engine-rest" + path, body);
    Assertions.assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    Assertions.assertThat(answer.body()).contains(named).doesNotContain("persistence layer");
  }
}
