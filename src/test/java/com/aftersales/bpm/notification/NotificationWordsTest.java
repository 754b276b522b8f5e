package com.aftersales.bpm.notification;

import com.aftersales.bpm.common.StaffWords;
import com.aftersales.bpm.demo.RescueDriver;
import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.CodeSources;
import com.aftersales.bpm.support.RawText;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Issue 15, item 3: no notification shows staff a raw code or a Java/ISO date. Real cases run
 * through the application ({@link NotifyingCases}: the intake and {@link RescueDriver}, the parts
 * API, the review and an improvement action, a red alert, a promise checklist), every notification
 * task of every model sends at least once, and each notification as recorded (subject, message,
 * and the body the outside channels send) is scanned against the staff-words catalog and the date
 * patterns.
 */
@ApplicationTest
class NotificationWordsTest extends ApplicationTestSupport {

  private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

  @Autowired RescueDriver driver;
  @Autowired StaffWords words;

  @Test
  void everyNotificationOfEveryModelReadsInStaffWordsWithDatesAsPeopleWriteThem() throws Exception {
    List<String> cases = new NotifyingCases(driver, engine, http).runAll();

    Set<String> sent = new TreeSet<>();
    for (HistoricActivityInstance step : history.createHistoricActivityInstanceQuery().finished().list()) {
      if (cases.contains(step.getProcessInstanceId())) {
        sent.add(step.getActivityId());
      }
    }
    Assertions.assertThat(sent).as("every notification task of the models ran").containsAll(notificationTasks());

    RawText raw = RawText.of(words);
    List<String> problems = new ArrayList<>();
    int read = 0;
    for (String businessKey : businessKeys(cases)) {
      HttpResponse<String> response = http.get("auditor", "/api/notifications?businessKey=" + businessKey);
      Assertions.assertThat(response.statusCode()).isEqualTo(200);
      for (JsonNode n : json.readTree(response.body())) {
        read++;
        String where = businessKey + " " + n.path("channel").asText() + " to " + n.path("recipient").asText();
        problems.addAll(raw.problems(where + " subject", n.path("subject").asText()));
        problems.addAll(raw.problems(where + " message", n.path("message").asText()));
        Notification notification = new Notification(n.path("id").asText(), Instant.parse(n.path("createdAt").asText()),
            n.path("channel").asText(), n.path("recipient").asText(), n.path("subject").asText(),
            n.path("message").asText(), businessKey, n.path("processInstanceId").asText());
        problems.addAll(raw.problems(where + " e-mail/robot body", NotificationText.body(notification)));
      }
    }
    Assertions.assertThat(read).isGreaterThanOrEqualTo(notificationTasks().size());
    Assertions.assertThat(problems).isEmpty();
  }

  private List<String> businessKeys(List<String> cases) {
    return cases.stream().map(id -> history.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult()
        .getBusinessKey()).distinct().toList();
  }

  /** Every task of the models that sends a notification (an instance of the "Send notification" template). */
  private static Set<String> notificationTasks() {
    Set<String> ids = new TreeSet<>();
    CodeSources.files("processes", ".bpmn").forEach(file -> {
      NodeList serviceTasks = CodeSources.xml(file).getElementsByTagNameNS(BPMN, "serviceTask");
      for (int i = 0; i < serviceTasks.getLength(); i++) {
        Element task = (Element) serviceTasks.item(i);
        if ("${sendNotification}".equals(task.getAttributeNS(CAMUNDA, "delegateExpression"))) {
          ids.add(task.getAttribute("id"));
        }
      }
    });
    return ids;
  }
}
