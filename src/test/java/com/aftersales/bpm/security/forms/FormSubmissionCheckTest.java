package com.aftersales.bpm.security.forms;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** The form rules the server applies to a completion, on one small form, without an engine. */
class FormSubmissionCheckTest {

  private static final String FORM = """
      {"type": "default", "components": [
        {"type": "text", "text": "intro"},
        {"type": "textfield", "key": "grade", "label": "Grade / 等级", "disabled": true},
        {"type": "number", "key": "value", "label": "Value / 价值", "validate": {"required": true, "min": 0, "max": 5000}},
        {"type": "textfield", "key": "plate", "validate": {"pattern": "^[A-Z]{2}[0-9]+$", "maxLength": 8}},
        {"type": "select", "key": "outcome", "values": [{"label": "Accepted / 接受", "value": "ACCEPTED"}]},
        {"type": "select", "key": "chosenCase", "valuesKey": "caseOptions"},
        {"type": "radio", "key": "decision", "label": "Decision / 决定", "validate": {"required": true},
         "values": [{"label": "Approve / 批准", "value": "APPROVED"}, {"label": "Send back / 退回", "value": "SENT_BACK"}]},
        {"type": "radio", "key": "option", "valuesExpression": "=if drivable then [\\"A\\", \\"B\\"] else [\\"A\\"]"},
        {"type": "checkbox", "key": "addMore"},
        {"type": "textarea", "key": "more", "validate": {"required": true}, "conditional": {"hide": "=addMore != true"}}
      ]}""";

  /** The first contact's rules that form-js applies beyond the fields above. */
  private static final String CONTACT = """
      {"type": "default", "components": [
        {"type": "number", "key": "score", "label": "Score / 评分", "disabled": true},
        {"type": "textfield", "key": "grade", "readonly": true},
        {"type": "checkbox", "key": "leapListened", "label": "Listen / 倾听", "validate": {"required": true}},
        {"type": "checkbox", "key": "publicOpinionRiskFound"},
        {"type": "datetime", "key": "callbackAt", "subtype": "datetime", "timeSerializingFormat": "utc_normalized",
         "disallowPassedDates": true},
        {"type": "datetime", "key": "promisedDate", "subtype": "date", "disallowPassedDates": true},
        {"type": "datetime", "key": "deadline", "subtype": "date"},
        {"type": "number", "key": "cost", "decimalDigits": 2},
        {"type": "number", "key": "cars", "decimalDigits": 0}
      ]}""";
  /** 10:00 in the centre on 29 November: in UTC still 02:00 of the same day. */
  private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 29, 10, 0, 0, 0, ZoneId.of("Asia/Shanghai"));

  private final FormDefinition form = read(FORM);
  private final FormDefinition contact = read(CONTACT);
  private final Map<String, Object> current = Map.of("grade", "S", "value", 100L, "decision", "APPROVED");

  @Test
  void aCompleteValidSubmissionPasses() {
    Assertions.assertThat(check(Map.of("grade", "S", "value", 300, "plate", "AB123", "outcome", "ACCEPTED",
        "chosenCase", "CASE-1", "addMore", false, "decision", "SENT_BACK", "option", "A"))).isEmpty();
  }

  @Test
  void readOnlyFieldsAcceptOnlyTheirCurrentValueInAnyNumberOrTextForm() {
    Assertions.assertThat(check(Map.of("grade", "S", "value", 300))).isEmpty();
    Assertions.assertThat(check(Map.of("grade", "A", "value", 300))).containsExactly("'Grade / 等级' (grade) is read-only");
    Assertions.assertThat(FormSubmissionCheck.sameValue(5000, 5000L)).isTrue();
    Assertions.assertThat(FormSubmissionCheck.sameValue(5000.0, 5000L)).isTrue();
    Assertions.assertThat(FormSubmissionCheck.sameValue(5001, 5000L)).isFalse();
  }

  @Test
  void aVariableTheFormDoesNotHaveIsNamed() {
    Assertions.assertThat(check(Map.of("value", 1, "compensationAuthority", 100000)))
        .containsExactly("'compensationAuthority' is not a field of this form");
  }

  @Test
  void eachValidationRuleOfTheFormApplies() {
    Assertions.assertThat(check(Map.of("value", -1))).containsExactly("'Value / 价值' (value) must be at least 0");
    Assertions.assertThat(check(Map.of("value", 5000.01))).containsExactly("'Value / 价值' (value) must be at most 5000");
    Assertions.assertThat(check(Map.of("value", "300"))).containsExactly("'Value / 价值' (value) must be a number");
    Assertions.assertThat(check(Map.of("value", 1, "plate", "ab123"))).containsExactly("'plate' does not have the expected format");
    Assertions.assertThat(check(Map.of("value", 1, "plate", "AB1234567"))).containsExactly(
        "'plate' must have at most 8 characters");
    Assertions.assertThat(check(Map.of("value", 1, "outcome", "CHURNED"))).containsExactly(
        "'outcome' must be one of the offered options, not 'CHURNED'");
    Assertions.assertThat(check(Map.of("value", 1, "chosenCase", "CASE-9"))).containsExactly(
        "'chosenCase' must be one of the offered options, not 'CASE-9'");
    Assertions.assertThat(check(Map.of("value", 1, "addMore", "yes"))).containsExactly("'addMore' must be true or false");
  }

  @Test
  void aRequiredFieldIsRequiredWhetherLeftOutOrEmptyUnlessItHasAValueAlready() {
    Map<String, Object> empty = new HashMap<>();
    empty.put("value", null);
    Assertions.assertThat(check(empty)).containsExactly("'Value / 价值' (value) is required");
    Assertions.assertThat(FormSubmissionCheck.problems(form, Map.of(), Map.of(), key -> Set.of(), f -> false, NOW))
        .containsExactly("'Value / 价值' (value) is required", "'Decision / 决定' (decision) is required", "'more' is required");
    Assertions.assertThat(check(Map.of())).as("the value the task already has counts").isEmpty();
    // a required text of white space only (audit s35: a pre-approval reason of "   " passed)
    Assertions.assertThat(check(Map.of("value", 1, "addMore", true, "more", " \n\t "))).containsExactly(
        "'more' is required (white space only is no answer)");
    Assertions.assertThat(check(Map.of("value", 1, "plate", " "))).as("an optional text may be blank")
        .containsExactly("'plate' does not have the expected format");
  }

  @Test
  void aHiddenFieldIsNotValidatedAndMustStayEmpty() {
    Assertions.assertThat(check(Map.of("value", 1, "addMore", true))).containsExactly("'more' is required");
    Assertions.assertThat(check(Map.of("value", 1, "more", "sneaked in"))).containsExactly(
        "'more' is not shown on this form and must stay empty");
  }

  @Test
  void aRequiredChoiceMustBeMadeAndBeOneOfItsValues() {
    Map<String, Object> none = new HashMap<>();
    none.put("decision", null);
    Assertions.assertThat(check(none)).containsExactly("'Decision / 决定' (decision) is required");
    Assertions.assertThat(check(Map.of("decision", "MAYBE"))).containsExactly(
        "'Decision / 决定' (decision) must be one of the offered options, not 'MAYBE'");
    Assertions.assertThat(check(Map.of("decision", true))).containsExactly("'Decision / 决定' (decision) must be text");
  }

  @Test
  void optionsThatDependOnTheCaseAreThoseOfferedForThisCase() {
    FormField option = form.field("option").orElseThrow();
    Assertions.assertThat(option.hasCaseOptions()).isTrue();
    Assertions.assertThat(option.optionsExpression()).as("form-js's leading = is not FEEL")
        .isEqualTo("if drivable then [\"A\", \"B\"] else [\"A\"]");
    Assertions.assertThat(check(Map.of("option", "B"), Set.of("A"))).containsExactly(
        "'option' must be one of the offered options, not 'B'");
    Assertions.assertThat(check(Map.of("option", "B"), Set.of("A", "B"))).isEmpty();
  }

  @Test
  void aRequiredCheckboxLeftUntickedIsMissingAsInFormJs() {
    Assertions.assertThat(checkContact(Map.of("leapListened", false)))
        .containsExactly("'Listen / 倾听' (leapListened) is required");
    Assertions.assertThat(FormSubmissionCheck.problems(contact, Map.of(), Map.of("leapListened", false), f -> Set.of(),
        f -> false, NOW)).as("an unticked box the task holds").containsExactly("'Listen / 倾听' (leapListened) is required");
    Assertions.assertThat(checkContact(Map.of("leapListened", true, "publicOpinionRiskFound", false)))
        .as("a box that is not required may stay unticked").isEmpty();
  }

  @Test
  void aPassedDateIsRefusedWhereTheDatePickerStartsAtTodayInTheCentre() {
    Assertions.assertThat(checkContact(Map.of("promisedDate", "2026-11-28"))).containsExactly(
        "'promisedDate' must not be before today (2026-11-29)");
    Assertions.assertThat(checkContact(Map.of("callbackAt", "2001-01-01T00:00Z"))).containsExactly(
        "'callbackAt' must not be before today (2026-11-29)");
    Assertions.assertThat(checkContact(Map.of("callbackAt", "2026-11-28T15:59Z")))
        .as("23:59 yesterday in the centre").containsExactly("'callbackAt' must not be before today (2026-11-29)");
    Assertions.assertThat(checkContact(Map.of("promisedDate", "2026-11-29", "callbackAt", "2026-11-28T16:00Z")))
        .as("today in the centre, though the 28th in UTC").isEmpty();
    Assertions.assertThat(checkContact(Map.of("callbackAt", "2026-11-29T00:30Z")))
        .as("an hour ago today: form-js bounds the date, not the time").isEmpty();
    Assertions.assertThat(checkContact(Map.of("promisedDate", "2099-01-05", "deadline", "2001-01-01")))
        .as("a later date, and a past one where the form allows it").isEmpty();
  }

  @Test
  void aDateHasTheFourDigitYearOfTheDatePickerNotASignedOne() {
    Assertions.assertThat(checkContact(Map.of("deadline", "+12026-01-01"))).containsExactly("'deadline' must be a date");
    Assertions.assertThat(checkContact(Map.of("promisedDate", "+999999999-12-31"))).containsExactly("'promisedDate' must be a date");
    Assertions.assertThat(checkContact(Map.of("callbackAt", "+12026-01-01T00:00Z"))).containsExactly(
        "'callbackAt' must be a date and time");
  }

  @Test
  void aNumberHasAtMostTheDecimalDigitsOfItsField() {
    Assertions.assertThat(checkContact(Map.of("cost", 12.345))).containsExactly("'cost' must have at most 2 decimal digits");
    Assertions.assertThat(checkContact(Map.of("cars", 1.5))).containsExactly("'cars' must be a whole number");
    Assertions.assertThat(checkContact(Map.of("cost", 12.34, "cars", 2.0))).isEmpty();
  }

  @Test
  void aReadOnlyFieldIsSentBackOnlyAsTheValueOfItsVariablesType() {
    Assertions.assertThat(checkContact(Map.of("score", "5"))).containsExactly("'Score / 评分' (score) is read-only");
    Assertions.assertThat(checkContact(Map.of("grade", 5))).as("text sent as a number").containsExactly("'grade' is read-only");
    Assertions.assertThat(checkContact(Map.of("score", 5L, "grade", "C")))
        .as("as Tasklist sends them: a JSON number (any width) and text").isEmpty();
    Assertions.assertThat(FormSubmissionCheck.sameValue("true", true)).isFalse();
    Date at = Date.from(Instant.parse("2026-11-29T02:00:00Z"));
    Assertions.assertThat(FormSubmissionCheck.sameValue("2026-11-29T02:00:00Z", at)).as("text for a date").isFalse();
    Assertions.assertThat(FormSubmissionCheck.sameValue(new Date(at.getTime()), at)).isTrue();
  }

  private List<String> check(Map<String, Object> submitted) {
    return check(submitted, Set.of("A"));
  }

  /**
   * "more" is hidden unless addMore is ticked, as form-js evaluates its FEEL condition; the case
   * offers CASE-1 and CASE-2 to choose from, and the given options to "option".
   */
  private List<String> check(Map<String, Object> submitted, Set<String> options) {
    return FormSubmissionCheck.problems(form, submitted, current,
        field -> "option".equals(field.key()) ? options : Set.of("CASE-1", "CASE-2"),
        field -> "more".equals(field.key()) && !Boolean.TRUE.equals(submitted.get("addMore")), NOW);
  }

  /** The first contact's task holds the survey's score as an Integer and its grade as text; the box is ticked. */
  private List<String> checkContact(Map<String, Object> submitted) {
    Map<String, Object> sent = new HashMap<>(Map.of("leapListened", true));
    sent.putAll(submitted);
    return FormSubmissionCheck.problems(contact, sent, Map.of("score", 5, "grade", "C"), field -> Set.of(), field -> false, NOW);
  }

  private static FormDefinition read(String json) {
    try {
      return FormDefinition.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
