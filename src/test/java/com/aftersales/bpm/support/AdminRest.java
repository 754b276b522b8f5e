package com.aftersales.bpm.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import org.assertj.core.api.Assertions;

/** What an administrator does in Admin, over {@code /engine-rest} as Admin's pages do: staff accounts and their groups. */
public final class AdminRest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Http http;

  public AdminRest(Http http) {
    this.http = http;
  }

  /** Creates the account (password {@code demo}); the answer, for tests of refused ids. */
  public HttpResponse<String> createUser(String id) {
    try {
      return http.postJson("admin", "/engine-rest/user/create", JSON.writeValueAsString(Map.of(
          "profile", Map.of("id", id, "firstName", "Li", "lastName", "Wang", "email", "staff@example.com"),
          "credentials", Map.of("password", "demo"))));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A new member of staff in the group; fails the test if Admin refuses either step. */
  public void createStaff(String id, String group) {
    HttpResponse<String> created = createUser(id);
    Assertions.assertThat(created.statusCode()).as(id + ": " + created.body()).isEqualTo(204);
    Assertions.assertThat(http.putJson("admin", "/engine-rest/group/" + group + "/members/" + id, "").statusCode())
        .isEqualTo(204);
  }

  /** Takes the user out of the group; fails the test unless Admin answers 204. */
  public void removeFromGroup(String id, String group) {
    HttpResponse<String> removed = http.delete("admin", "/engine-rest/group/" + group + "/members/" + id);
    Assertions.assertThat(removed.statusCode()).as(removed.body()).isEqualTo(204);
  }

  /** Deletes the user; fails the test unless Admin answers 204. */
  public void deleteUser(String id) {
    Assertions.assertThat(http.delete("admin", "/engine-rest/user/" + id).statusCode()).isEqualTo(204);
  }
}
