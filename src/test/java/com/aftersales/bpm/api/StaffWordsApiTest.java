package com.aftersales.bpm.api;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: the browser gets the one staff-words catalog and the centre's time zone from
 * {@code GET /api/words} (staff, auditors and process owners, after login), and the code that
 * formats with it from {@code /words/staff-words.js} (no data in it, served like the webapps' scripts).
 */
@ApplicationTest
class StaffWordsApiTest extends ApplicationTestSupport {

  @Test
  void staffReadTheCatalogWithTheCentresTimeZone() throws Exception {
    for (String user : new String[] {"advisor", "manager", "auditor", "storemanager", "owner", "admin", "marketing", "csm"}) {
      HttpResponse<String> response = http.get(user, "/api/words");
      Assertions.assertThat(response.statusCode()).as(user).isEqualTo(200);
      JsonNode words = new ObjectMapper().readTree(response.body());
      Assertions.assertThat(words.path("timeZone").asText()).isEqualTo("Asia/Shanghai");
      Assertions.assertThat(words.at("/kinds/outcome/NOT_RECOVERED/zh").asText()).isEqualTo("未挽回");
      Assertions.assertThat(words.at("/variables/loanerEntitlement/kind").asText()).isEqualTo("loanerEntitlement");
      Assertions.assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(c ->
          Assertions.assertThat(c).contains("private"));
    }
    Assertions.assertThat(http.get("integration", "/api/words").statusCode()).isEqualTo(403);
    Assertions.assertThat(http.get("monitoring", "/api/words").statusCode()).isEqualTo(403);
    Assertions.assertThat(http.get(null, "/api/words").statusCode()).isEqualTo(401);
  }

  @Test
  void theFormattingModuleIsServedAsJavaScriptWithoutData() {
    HttpResponse<String> module = http.get(null, "/words/staff-words.js");
    Assertions.assertThat(module.statusCode()).isEqualTo(200);
    Assertions.assertThat(module.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
        Assertions.assertThat(type).startsWith("text/javascript"));
    Assertions.assertThat(module.body()).contains("export function staffWords").doesNotContain("未挽回");
  }
}
