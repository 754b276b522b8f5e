package com.aftersales.bpm.security;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import java.net.http.HttpResponse;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Spring's error page answers a request for {@code /error} itself with 500 ("status 999"), to
 * anyone: a scanner's probe counted as a server fault. Asked for directly it is a page that does
 * not exist; the errors it renders for other paths are unchanged.
 */
@ApplicationTest
class ErrorPathTest extends ApplicationTestSupport {

  @Test
  void theErrorPageAskedForDirectlyIsNotFoundForAnyoneWhateverTheMethod() {
    for (String user : new String[] {null, "advisor", "admin"}) {
      for (String method : new String[] {"GET", "POST", "PUT", "DELETE"}) {
        HttpResponse<String> answer = http.send(user, method, "/error", null);
        Assertions.assertThat(answer.statusCode()).as("%s %s", user, method).isEqualTo(404);
        Assertions.assertThat(answer.body()).as("%s %s", user, method).doesNotContain("999");
      }
    }
  }

  @Test
  void anotherPathThatDoesNotExistIsStillAnsweredByTheErrorPage() {
    HttpResponse<String> answer = http.get(null, "/nothing-here");
    Assertions.assertThat(answer.statusCode()).isEqualTo(404);
    Assertions.assertThat(answer.body()).contains("\"path\":\"/nothing-here\"");
  }
}
