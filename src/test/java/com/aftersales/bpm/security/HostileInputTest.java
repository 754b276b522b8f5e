package com.aftersales.bpm.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fuzz's promise that every broken intake body is invalid: it never adds a field the valid body
 * lacks, which may be an optional field that a fitting value makes valid (a red alert's orders with
 * {@code "partNumber":null} started an alert in CI).
 */
class HostileInputTest extends HostileInput {

  private static final String VALID = "{\"alertId\":\"A\",\"orders\":[{\"orderId\":\"O\"}]}";

  @Test
  void neverAddsAFieldTheValidBodyLacks() {
    List<String> bodies = hostileBodies(VALID, List.of("alertId", "orderId", "partNumber"))
        .sampleStream().limit(20_000).toList();

    assertThat(bodies).noneMatch(body -> body.contains("\"partNumber\":"));
    assertThat(bodies).anyMatch(body -> body.startsWith(VALID.substring(0, VALID.length() - 1) + ",\"orderId\":"));
  }
}
