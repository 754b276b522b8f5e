package com.aftersales.bpm.support;

import com.aftersales.bpm.common.IntakeRecords;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.assertj.core.api.Assertions;

/**
 * An intake's record as an earlier version kept it (the request read as that version's type, so
 * the fields added since are not in its content), and its repeat from the integration posted to
 * today's intake: it must get the first answer (ADR 0019), not a 409 for fields that version did
 * not know.
 */
public final class EarlierVersionRecords {

  private final IntakeRecords records;
  private final ObjectMapper json;
  private final Http http;

  public EarlierVersionRecords(IntakeRecords records, ObjectMapper json, Http http) {
    this.records = records;
    this.json = json;
    this.http = http;
  }

  /**
   * Records {@code body} under {@code kind}/{@code key} as read by {@code earlierRequest} with the
   * answer {@code first}, posts it again to {@code path}, and asserts the repeat's 200 with {@code first}.
   */
  public void assertRepeatGetsTheFirstAnswer(String kind, String key, Class<?> earlierRequest, Object first, String path,
      String body) throws Exception {
    records.insert(kind, key, json.readValue(body, earlierRequest), first, "integration");

    HttpResponse<String> again = http.postJson("integration", path, body);

    Assertions.assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    Assertions.assertThat(json.readValue(again.body(), first.getClass())).isEqualTo(first);
  }
}
