package com.aftersales.bpm.security;

import com.aftersales.bpm.common.AllowedGroups;
import com.aftersales.bpm.common.Groups;
import static com.aftersales.bpm.support.SurveyJson.survey;

import com.aftersales.bpm.notification.LoggingNotificationAdapter;
import com.aftersales.bpm.notification.Notification;
import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.PartShortages;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Finding 1 (c): our API checks the caller's group on every handler and shows each only their share. */
@ApplicationTest
class ApiGroupsTest extends ApplicationTestSupport {

  @Autowired LoggingNotificationAdapter notifications;
  @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

  @Test
  void everyApiHandlerNamesTheGroupsThatMayCallIt() {
    Map<RequestMappingInfo, HandlerMethod> api = new java.util.HashMap<>();
    mappings.getHandlerMethods().forEach((info, method) -> {
      if (info.getPatternValues().stream().anyMatch(p -> p.startsWith("/api"))) {
        api.put(info, method);
      }
    });
    Assertions.assertThat(api).hasSizeGreaterThanOrEqualTo(11);
    api.forEach((info, method) -> Assertions.assertThat(method.hasMethodAnnotation(AllowedGroups.class))
        .as(info + " has @AllowedGroups").isTrue());
  }

  @ParameterizedTest
  @ValueSource(strings = {"auditor", "advisor", "parts", "manager"})
  void onlyTheIntegrationSystemsRecordCustomerContacts(String user) {
    String order = "TRUST-RO-" + user;
    Assertions.assertThat(http.postJson("integration", "/api/part-shortages", shortage(order)).statusCode())
        .isEqualTo(201);
    String path = "/api/part-shortages/" + order + "/customer-contacts";

    HttpResponse<String> refused = http.postJson(user, path, contact());

    Assertions.assertThat(refused.statusCode()).isEqualTo(403);
    Assertions.assertThat(refused.body()).contains("\"status\":403");
    Assertions.assertThat(contacts(order)).isZero();
    Assertions.assertThat(http.postJson(user, "/api/part-shortages/" + order + "/arrival", "{}").statusCode())
        .isEqualTo(403);
    Assertions.assertThat(http.postJson("integration", path, contact()).statusCode()).isEqualTo(201);
    Assertions.assertThat(contacts(order)).isEqualTo(1);
  }

  @Test
  void notificationsAreReadByAuditorsAndByThoseTheyWereAddressedTo() throws Exception {
    record("ALERT", Groups.SERVICE_MANAGER, "to managers", "王先生 +86 138");
    record("ALERT", Groups.REGIONAL_MANAGER, "to regional", "王先生 +86 138");
    record("REMINDER", "advisor", "to the advisor", "call back");
    record("SURVEY", "customer:C-1", "to the customer", "please rate");
    record("ALERT", Groups.SERVICE_ADVISOR + "," + Groups.SERVICE_MANAGER, "to both", "王先生 +86 138");

    Assertions.assertThat(recipients("auditor", "?businessKey=TRUST-N")).containsExactly(Groups.SERVICE_MANAGER,
        Groups.REGIONAL_MANAGER, "advisor", "customer:C-1", Groups.SERVICE_ADVISOR + "," + Groups.SERVICE_MANAGER);
    Assertions.assertThat(recipients("manager", "?businessKey=TRUST-N"))
        .containsExactly(Groups.SERVICE_MANAGER, Groups.SERVICE_ADVISOR + "," + Groups.SERVICE_MANAGER);
    Assertions.assertThat(recipients("advisor", "?businessKey=TRUST-N"))
        .containsExactly("advisor", Groups.SERVICE_ADVISOR + "," + Groups.SERVICE_MANAGER);
    Assertions.assertThat(recipients("sales", "?businessKey=TRUST-N")).isEmpty();
    Assertions.assertThat(recipients("manager", "?limit=1000")).contains(Groups.SERVICE_MANAGER)
        .allMatch(r -> r.equals("manager") || java.util.Arrays.asList(r.split(",")).contains(Groups.SERVICE_MANAGER));
    Assertions.assertThat(http.get("integration", "/api/notifications?businessKey=TRUST-N").statusCode()).isEqualTo(403);
  }

  @ParameterizedTest
  @ValueSource(strings = {"manager", "advisor", "parts", "integration", "owner"})
  void theCustomerSearchIsForAuditorsAndStoreManagersOnly(String user) {
    http.postJson("integration", "/api/nps-responses", survey("TRUST-C-" + user, 2, Instant.now().truncatedTo(ChronoUnit.SECONDS)));

    HttpResponse<String> refused = http.get(user, "/api/history/customer-cases?name=%E7%8E%8B");

    Assertions.assertThat(refused.statusCode()).isEqualTo(403);
    Assertions.assertThat(refused.body()).startsWith("{").contains("\"status\":403");
    Assertions.assertThat(http.get("storemanager", "/api/history/customer-cases?name=%E7%8E%8B").statusCode()).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"%00", "%00%00", "%20%00%20", "%01", "x%1Fy", "%20%20", "%09"})
  void aNameOfControlCharactersOrBlanksIsRefused(String name) throws Exception {
    http.postJson("integration", "/api/nps-responses", survey("TRUST-NUL", 2, Instant.now().truncatedTo(ChronoUnit.SECONDS)));

    HttpResponse<String> refused = http.get("auditor", "/api/history/customer-cases?name=" + name);

    Assertions.assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    Assertions.assertThat(json.readTree(refused.body()).findValuesAsText("field")).containsExactly("name");
  }

  @Test
  void theReportAndTheBatchViewAreForTheirReadersOnly() {
    for (String user : List.of("integration", "advisor", "sales", "storemanager", "owner")) {
      Assertions.assertThat(http.get(user, "/api/reports/rescue?month=2026-01").statusCode()).as(user).isEqualTo(403);
    }
    for (String user : List.of("manager", "regional", "auditor", "admin")) {
      Assertions.assertThat(http.get(user, "/api/reports/rescue?month=2026-01").statusCode()).as(user).isEqualTo(200);
    }
    for (String user : List.of("integration", "sales", "delivery", "owner")) {
      Assertions.assertThat(http.get(user, "/api/part-shortages?partNumber=X").statusCode()).as(user).isEqualTo(403);
      Assertions.assertThat(http.get(user, "/api/reviews/candidates?month=2026-01").statusCode()).as(user).isEqualTo(403);
    }
    Assertions.assertThat(http.get("auditor", "/api/part-shortages?partNumber=X").statusCode()).isEqualTo(200);
    Assertions.assertThat(http.get("auditor", "/api/reviews/candidates?month=2026-01").statusCode()).isEqualTo(200);
  }

  private List<String> recipients(String user, String query) throws Exception {
    HttpResponse<String> response = http.get(user, "/api/notifications" + query);
    Assertions.assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode list = json.readTree(response.body());
    return list.findValuesAsText("recipient");
  }

  private long contacts(String repairOrderId) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM part_customer_contact WHERE repair_order_id = ?", Long.class,
        repairOrderId);
  }

  static String shortage(String repairOrderId) {
    return PartShortages.report(repairOrderId, "MINOR").json();
  }

  static String contact() {
    return "{\"at\":\"" + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\",\"channel\":\"PHONE\","
        + "\"text\":\"any news?\",\"chasing\":true}";
  }

  private int recorded;

  /** A notification as the record keeps it, a second apart so they list in this order. */
  private void record(String channel, String recipient, String subject, String message) {
    notifications.send(new Notification(java.util.UUID.randomUUID().toString(),
        java.time.Instant.parse("2026-01-01T00:00:00Z").plusSeconds(recorded++), channel, recipient, subject,
        message, "TRUST-N", null));
  }
}
