package com.aftersales.bpm.security;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import java.net.http.HttpResponse;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** Finding 5: our pages and API answers tell the browser not to frame, sniff, leak or load others' code. */
@ApplicationTest
class SecurityHeadersTest extends ApplicationTestSupport {

  @Test
  void pagesApiAnswersAndRefusalsCarryTheSecurityHeaders() {
    for (HttpResponse<String> response : java.util.List.of(
        http.get("manager", "/reports/rescue.html"),
        http.get("manager", "/reports/rescue.js"),
        http.get("manager", "/api/reports/rescue?month=2026-01"),
        http.get("auditor", "/api/notifications"),
        http.get("advisor", "/api/reports/rescue?month=2026-01"),
        http.get(null, "/api/notifications"),
        http.get(null, "/reports/rescue.html"),
        http.get(null, "/words/staff-words.js"))) {
      Assertions.assertThat(response.headers().firstValue("Content-Security-Policy")).as(response.uri().toString())
          .hasValueSatisfying(csp -> Assertions.assertThat(csp).contains("default-src 'self'")
              .contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline"));
      Assertions.assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
      Assertions.assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      Assertions.assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }
  }

  @Test
  void theReportPageHasNoInlineScriptOrStyleThePolicyWouldBlock() {
    String page = http.get("manager", "/reports/rescue.html").body();
    Assertions.assertThat(page).doesNotContainPattern("<script(?![^>]*\\bsrc=)").doesNotContain("<style")
        .doesNotContain("style=\"").doesNotContainPattern("\\son[a-z]+=");
  }
}
