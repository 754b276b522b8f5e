package com.aftersales.bpm.security;

import com.aftersales.bpm.common.Groups;
import com.aftersales.bpm.support.AdminRest;
import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.aftersales.bpm.support.SurveyJson;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Staff log in with their company ids (wang.li, li_wei, zhang-san): an administrator creates them
 * in Admin, the CRM names them as a customer's success manager, and they read their case. Any other
 * character is refused with a 4xx, and no user is created.
 */
@ApplicationTest
class CompanyUserIdsTest extends ApplicationTestSupport {

  @Test
  void aCompanyIdIsAnAccountAndTheCrmCanNameIt() throws Exception {
    for (String id : List.of("wang.li", "li_wei", "zhang-san")) {
      HttpResponse<String> created = new AdminRest(http).createUser(id);
      Assertions.assertThat(created.statusCode()).as(id + ": " + created.body()).isEqualTo(204);
    }
    HttpResponse<String> member = http.putJson("admin", "/engine-rest/group/" + Groups.CUSTOMER_SUCCESS
        + "/members/wang.li", "");
    Assertions.assertThat(member.statusCode()).as(member.body()).isEqualTo(204);

    String survey = SurveyJson.successManaged(
        SurveyJson.survey("COMPANY-ID-1", 2, Instant.now().truncatedTo(ChronoUnit.SECONDS)), "wang.li");
    Assertions.assertThat(http.postJson("integration", "/api/nps-responses", survey).statusCode()).isEqualTo(201);

    HttpResponse<String> theirCase = http.get("wang.li",
        "/engine-rest/history/process-instance?processInstanceBusinessKey=COMPANY-ID-1");
    Assertions.assertThat(theirCase.statusCode()).as(theirCase.body()).isEqualTo(200);
    Assertions.assertThat(json.readTree(theirCase.body())).as("the CRM named them: they read the case").hasSize(1);
  }

  @Test
  void anyOtherIdIsRefusedAndCreatesNobody() throws Exception {
    for (String id : List.of("wang li", "wang..li", ".wang", "wang.", "王丽", "<b>x</b>", "a,b", "user:x")) {
      HttpResponse<String> refused = new AdminRest(http).createUser(id);
      Assertions.assertThat(refused.statusCode()).as(id + ": " + refused.body()).isBetween(400, 499);
      Assertions.assertThat(identity.createUserQuery().userId(id).count()).as(id).isZero();
    }
  }
}
