package com.aftersales.bpm.support;

import java.net.http.HttpResponse;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * A task's form submitted over the engine's REST API as a demo user, as Tasklist submits it: the
 * task found open, completed, or refused with a 400 that names what is wrong while the task stays
 * open. The server's form rules are proven this way, from any client (ADR 0002).
 */
public final class RestTaskForms {

  private final Http http;
  private final TaskService tasks;

  RestTaskForms(Http http, TaskService tasks) {
    this.http = http;
    this.tasks = tasks;
  }

  /** The case's open task of that key; fails when there is none. */
  public Task open(String processInstanceId, String taskKey) {
    Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).singleResult();
    Assertions.assertThat(task).as("open %s", taskKey).isNotNull();
    return task;
  }

  /** @param variables the members of the body's {@code variables} object, e.g. {@code "note": {"value": "x"}} */
  public HttpResponse<String> complete(String user, Task task, String variables) {
    return http.postJson(user, "/engine-rest/task/" + task.getId() + "/complete", "{\"variables\": {" + variables + "}}");
  }

  /** The completion is a 400 whose body names each of {@code problems}, and the task is still open. */
  public void assertRefused(String user, Task task, String variables, String... problems) {
    HttpResponse<String> refused = complete(user, task, variables);
    Assertions.assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    Assertions.assertThat(refused.body()).contains(problems);
    Assertions.assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as("the task stays open").isEqualTo(1);
  }
}
