package com.aftersales.bpm.security;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The filters match the path below the context path exactly as the client sent it. */
class RequestPathsTest {

  @Test
  void thePathBelowTheContextPathStaysUndecoded() {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/centre/engine-rest/engine/x;a=b/%2e%2e/task");
    request.setContextPath("/centre");
    Assertions.assertThat(RequestPaths.inApplication(request)).isEqualTo("/engine-rest/engine/x;a=b/%2e%2e/task");
    Assertions.assertThat(RequestPaths.inApplication(new MockHttpServletRequest("POST", "/api/red-alerts")))
        .as("no context path").isEqualTo("/api/red-alerts");
  }
}
