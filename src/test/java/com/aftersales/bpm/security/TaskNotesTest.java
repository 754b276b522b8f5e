package com.aftersales.bpm.security;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.SurveyJson;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * Comments and attachments on a task are for who works it. The engine checked nothing on adding a
 * comment or adding and deleting an attachment: the auditor, the store manager and a customer
 * success manager, who only read a case, could write into it, attach a link of their choosing
 * (a phishing page) or delete a colleague's attachment. They are refused with 403 and nothing is
 * added or deleted; the task's candidates and administrators still comment and attach, and a note
 * on a case outside its tasks is an administrator's.
 */
@ApplicationTest
class TaskNotesTest extends ApplicationTestSupport {

  private static final List<String> READERS = List.of("auditor", "storemanager", "csm");

  @Test
  void whoOnlyReadsACaseNeitherCommentsNorAttachesNorDeletes() throws Exception {
    Task firstContact = rescueAtFirstContact("NOTES-1");
    String task = "/engine-rest/task/" + firstContact.getId();
    String adminsComment = id(ok(http.postJson("admin", task + "/comment/create", "{\"message\":\"Called twice\"}")));
    String adminsAttachment = id(ok(attach("admin", firstContact)));

    for (String reader : READERS) {
      Assertions.assertThat(http.get(reader, "/engine-rest/history/task?taskId=" + firstContact.getId()).body())
          .as(reader + " reads the task's history, so the REST API lets the request through to the engine")
          .contains(firstContact.getId());
      assertRefused(http.postJson(reader, task + "/comment/create", "{\"message\":\"Case closed, ignore\"}"),
          reader + " comments");
      assertRefused(attach(reader, firstContact), reader + " attaches a link");
      assertRefused(http.delete(reader, task + "/attachment/" + adminsAttachment), reader + " deletes an attachment");
      Assertions.assertThat(http.delete(reader, task + "/comment/" + adminsComment).statusCode())
          .as(reader + " deletes a comment (the engine refused that already)").isEqualTo(403);
    }

    Assertions.assertThat(tasks.getTaskComments(firstContact.getId())).extracting(Comment::getId)
        .containsExactly(adminsComment);
    Assertions.assertThat(tasks.getTaskAttachments(firstContact.getId())).extracting(Attachment::getId)
        .containsExactly(adminsAttachment);
  }

  /**
   * The candidate through the engine's API: over REST the API first reads the task's history, which
   * a candidate does not (ADR 32), and answers 400 before the engine is asked, as it did before.
   */
  @Test
  void theTasksCandidateAndAnAdministratorStillCommentAndAttach() throws Exception {
    Task firstContact = rescueAtFirstContact("NOTES-2");

    identity.setAuthentication("manager", List.of("service-manager"));
    Attachment managersAttachment;
    try {
      tasks.createComment(firstContact.getId(), null, "Customer asked for a call after 18:00");
      tasks.createComment(firstContact.getId(), firstContact.getProcessInstanceId(), "Called, no answer");
      managersAttachment = tasks.createAttachment("url", firstContact.getId(), null, "Receipt", null,
          "https://service.example.com/receipts/RO-NOTES-2");
    } finally {
      identity.clearAuthentication();
    }
    ok(http.postJson("admin", "/engine-rest/task/" + firstContact.getId() + "/comment/create", "{\"message\":\"Noted\"}"));
    String adminsAttachment = id(ok(attach("admin", firstContact)));

    Assertions.assertThat(tasks.getTaskComments(firstContact.getId())).extracting(Comment::getUserId)
        .containsExactlyInAnyOrder("manager", "manager", "admin");
    Assertions.assertThat(tasks.getTaskAttachments(firstContact.getId())).extracting(Attachment::getId)
        .containsExactlyInAnyOrder(managersAttachment.getId(), adminsAttachment);

    identity.setAuthentication("manager", List.of("service-manager"));
    try {
      tasks.deleteTaskAttachment(firstContact.getId(), adminsAttachment);
    } finally {
      identity.clearAuthentication();
    }
    Assertions.assertThat(tasks.getTaskAttachments(firstContact.getId())).extracting(Attachment::getId)
        .containsExactly(managersAttachment.getId());
  }

  @Test
  void aNoteOnTheCaseItselfOrFiledUnderAnotherCaseIsAnAdministrators() {
    Task firstContact = rescueAtFirstContact("NOTES-3");
    String otherCase = rescueAtFirstContact("NOTES-4").getProcessInstanceId();

    identity.setAuthentication("manager", List.of("service-manager"));
    try {
      Assertions.assertThatThrownBy(() -> tasks.createComment(null, firstContact.getProcessInstanceId(), "on the case"))
          .isInstanceOf(AuthorizationException.class);
      Assertions.assertThatThrownBy(() -> tasks.createComment(firstContact.getId(), otherCase, "under another case"))
          .isInstanceOf(AuthorizationException.class);
      Assertions.assertThatThrownBy(() -> tasks.createAttachment("url", null, otherCase, "link", null,
          "https://login.example.net/")).isInstanceOf(AuthorizationException.class);
    } finally {
      identity.clearAuthentication();
    }
    Assertions.assertThat(tasks.getProcessInstanceComments(firstContact.getProcessInstanceId())).isEmpty();
    Assertions.assertThat(tasks.getProcessInstanceComments(otherCase)).isEmpty();
    Assertions.assertThat(tasks.getProcessInstanceAttachments(otherCase)).isEmpty();

    identity.setAuthentication("admin", List.of("camunda-admin"));
    Attachment onTheCase;
    try {
      Assertions.assertThat(tasks.createComment(null, otherCase, "on the case")).isNotNull();
      onTheCase = tasks.createAttachment("url", null, otherCase, "Photo", null, "https://service.example.com/p/1");
    } finally {
      identity.clearAuthentication();
    }
    identity.setAuthentication("manager", List.of("service-manager"));
    try {
      Assertions.assertThatThrownBy(() -> tasks.deleteAttachment(onTheCase.getId()))
          .isInstanceOf(AuthorizationException.class);
    } finally {
      identity.clearAuthentication();
    }
    Assertions.assertThat(tasks.getProcessInstanceAttachments(otherCase)).extracting(Attachment::getId)
        .containsExactly(onTheCase.getId());
  }

  /** Attaches a link to the task as Tasklist's REST call does (multipart form). */
  private HttpResponse<String> attach(String user, Task task) {
    String boundary = "notes" + System.nanoTime();
    String body = part(boundary, "attachment-name", "Receipt") + part(boundary, "attachment-type", "url")
        + part(boundary, "url", "https://login.example.net/reset-password") + "--" + boundary + "--\r\n";
    return http.post(user, "/engine-rest/task/" + task.getId() + "/attachment/create",
        "multipart/form-data; boundary=" + boundary, BodyPublishers.ofString(body));
  }

  private static String part(String boundary, String name, String value) {
    return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
  }

  private static HttpResponse<String> ok(HttpResponse<String> answer) {
    Assertions.assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return answer;
  }

  private String id(HttpResponse<String> answer) throws Exception {
    return json.readTree(answer.body()).get("id").asText();
  }

  private static void assertRefused(HttpResponse<String> answer, String what) {
    Assertions.assertThat(answer.statusCode()).as(what + ": " + answer.body()).isEqualTo(403);
    Assertions.assertThat(answer.body()).as(what).contains("for those who may work the task");
  }

  /** A grade S rescue (score 2) of a customer whose success manager is csm, waiting at the service manager's first contact. */
  private Task rescueAtFirstContact(String surveyId) {
    Instant answered = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    HttpResponse<String> started = http.postJson("integration", "/api/nps-responses",
        SurveyJson.successManaged(SurveyJson.survey(surveyId, 2, answered), "csm"));
    Assertions.assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    String rescue = runtime.createProcessInstanceQuery().processInstanceBusinessKey(surveyId).singleResult().getId();
    return tasks.createTaskQuery().processInstanceId(rescue).taskDefinitionKey("Task_FirstContact").singleResult();
  }
}
