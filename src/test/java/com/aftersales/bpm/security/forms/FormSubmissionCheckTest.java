package com.aftersales.bpm.security.forms;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
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

  private final FormDefinition form = read(FORM);
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
    Assertions.assertThat(FormSubmissionCheck.problems(form, Map.of(), Map.of(), key -> Set.of(), f -> false))
        .containsExactly("'Value / 价值' (value) is required", "'Decision / 决定' (decision) is required", "'more' is required");
    Assertions.assertThat(check(Map.of())).as("the value the task already has counts").isEmpty();
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
        field -> "more".equals(field.key()) && !Boolean.TRUE.equals(submitted.get("addMore")));
  }

  private static FormDefinition read(String json) {
    try {
      return FormDefinition.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
