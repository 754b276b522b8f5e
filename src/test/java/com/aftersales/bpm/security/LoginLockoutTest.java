package com.aftersales.bpm.security;

import static com.aftersales.bpm.support.SurveyJson.survey;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 12, finding 2: wrong passwords slow down the client that sends them and lock no account.
 * Before, ten wrong passwords locked {@code integration} for good (survey intake stopped), and each
 * one locked it for a few seconds for every client.
 */
@SecurityTestApplication
class LoginLockoutTest {

  private static final String INTAKE = "/api/nps-responses";

  @LocalServerPort int port;

  @Test
  void twentyWrongPasswordsSlowDownTheirSenderAndLockNobody() throws Exception {
    HttpFromAddress guesser = new HttpFromAddress("127.0.0.1", port);
    HttpFromAddress surveySystem = new HttpFromAddress("127.0.0.2", port);

    int wrong = 0;
    int throttled = 0;
    while (wrong < 20) {
      HttpFromAddress.Response response = guesser.postJson("integration", "guess" + wrong, INTAKE, "{}");
      if (response.status() == 429) {
        throttled++;
        Assertions.assertThat(response.header("Retry-After")).hasValueSatisfying(
            seconds -> Assertions.assertThat(Integer.parseInt(seconds)).isPositive());
        Thread.sleep(50);
      } else {
        Assertions.assertThat(response.status()).isEqualTo(401);
        wrong++;
      }
    }
    Assertions.assertThat(throttled).as("the guesser had to wait").isPositive();

    HttpFromAddress.Response held = guesser.postJson("integration", "demo", INTAKE, intake("LOCKOUT-1"));
    Assertions.assertThat(held.status()).as("the guesser's address is held up, whatever it sends").isEqualTo(429);

    HttpFromAddress.Response other = surveySystem.postJson("integration", "demo", INTAKE, intake("LOCKOUT-2"));
    Assertions.assertThat(other.status()).as("another client is unaffected: " + other.body()).isEqualTo(201);

    Thread.sleep(Integer.parseInt(held.header("Retry-After").orElseThrow()) * 1000L);
    HttpFromAddress.Response after = guesser.postJson("integration", "demo", INTAKE, intake("LOCKOUT-3"));
    Assertions.assertThat(after.status()).as("after the wait the right password works: " + after.body())
        .isEqualTo(201);
  }

  private static String intake(String surveyId) {
    return survey(surveyId, 9, Instant.now().truncatedTo(ChronoUnit.SECONDS));
  }
}
