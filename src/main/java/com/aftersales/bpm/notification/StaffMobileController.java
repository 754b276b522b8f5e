package com.aftersales.bpm.notification;

import com.aftersales.bpm.common.AllowedGroups;
import com.aftersales.bpm.common.ApiException;
import com.aftersales.bpm.common.Groups;
import com.aftersales.bpm.common.JsonRequestReader;
import com.aftersales.bpm.common.RequestParameters;
import com.aftersales.bpm.engine.Caller;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A staff member's mobile number, where urgent notifications are texted (ADR 35). The
 * administrator's, as the e-mail address is (ADR 33): a number staff could set themselves would
 * let them send their group's urgent alerts to any phone.
 */
@RestController
@RequestMapping(path = "/api/staff", produces = MediaType.APPLICATION_JSON_VALUE)
public class StaffMobileController {

  private static final String ONE = "/{userId}/mobile";

  /** What the administrator sends: the number as people write it. */
  public record MobileRequest(@NotBlank @Size(max = 32) String mobile) {}

  /** The number as kept, in international form. */
  public record StaffMobile(String userId, String mobile) {}

  private final StaffMobiles mobiles;
  private final JsonRequestReader reader;
  private final IdentityService identity;

  public StaffMobileController(StaffMobiles mobiles, JsonRequestReader reader, IdentityService identity) {
    this.mobiles = mobiles;
    this.reader = reader;
    this.identity = identity;
  }

  /** Every number on record, with who set it and when: Admin's page "Mobile numbers / 手机号". */
  @GetMapping("/mobiles")
  @AllowedGroups(Groups.ADMIN)
  public List<StaffMobiles.Entry> all() {
    return mobiles.all();
  }

  @PutMapping(path = ONE, consumes = MediaType.APPLICATION_JSON_VALUE)
  @AllowedGroups(Groups.ADMIN)
  public StaffMobile set(@PathVariable String userId, @RequestBody JsonNode body) {
    String user = existingUser(userId);
    MobileNumber mobile = MobileNumber.of(reader.read(body, MobileRequest.class).mobile());
    mobiles.set(user, mobile, Caller.userIdOf(identity));
    return new StaffMobile(user, mobile.international());
  }

  @GetMapping(ONE)
  @AllowedGroups(Groups.ADMIN)
  public StaffMobile get(@PathVariable String userId) {
    String user = existingUser(userId);
    return mobiles.of(user).map(mobile -> new StaffMobile(user, mobile.international()))
        .orElseThrow(() -> ApiException.notFound(MobileNumber.FIELD, user + " has no mobile number on record"));
  }

  /** 204 whether or not there was one: afterwards there is none. */
  @DeleteMapping(ONE)
  @AllowedGroups(Groups.ADMIN)
  public ResponseEntity<Void> forget(@PathVariable String userId) {
    mobiles.forget(existingUser(userId));
    return ResponseEntity.noContent().build();
  }

  private String existingUser(String userId) {
    RequestParameters.plainText("userId", userId);
    if (identity.createUserQuery().userId(userId).count() == 0) {
      throw ApiException.notFound("userId", "no staff account " + userId);
    }
    return userId;
  }
}
