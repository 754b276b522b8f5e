package com.aftersales.bpm.security.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One input of a Camunda Form (form-js JSON) with the rules the browser applies to it: whether the
 * user may edit it, its validation and its options.
 */
record FormField(String key, String label, String type, boolean editable, boolean required,
    BigDecimal min, BigDecimal max, Integer minLength, Integer maxLength, String pattern,
    Set<String> options, String optionsVariable, String optionsExpression, String subtype, String hideWhen,
    Integer decimalDigits, boolean disallowPassedDates) {

  static FormField of(JsonNode component) {
    JsonNode validate = component.path("validate");
    Set<String> options = null;
    if (component.has("values")) {
      options = new LinkedHashSet<>();
      for (JsonNode option : component.get("values")) {
        options.add(option.path("value").asText());
      }
    }
    String label = text(component, "label");
    if (label == null) {
      label = text(component, "dateLabel");
    }
    return new FormField(component.get("key").asText(), label, text(component, "type"),
        !flag(component, "disabled") && !flag(component, "readonly"), validate.path("required").asBoolean(false),
        number(validate, "min"), number(validate, "max"), integer(validate, "minLength"),
        integer(validate, "maxLength"), text(validate, "pattern"), options, text(component, "valuesKey"),
        feel(text(component, "valuesExpression")), text(component, "subtype"), text(component.path("conditional"), "hide"),
        integer(component, "decimalDigits"), component.path("disallowPassedDates").asBoolean(false));
  }

  /** Whether the options depend on the case: a variable ({@code valuesKey}) or a FEEL expression ({@code valuesExpression}). */
  boolean hasCaseOptions() {
    return options == null && (optionsVariable != null || optionsExpression != null);
  }

  /** How a message names the field: its label as staff read it, and the key. */
  String name() {
    return label == null ? "'" + key + "'" : "'" + label + "' (" + key + ")";
  }

  /** A FEEL readonly/disabled expression counts as read-only: the server cannot know its outcome. */
  private static boolean flag(JsonNode component, String name) {
    JsonNode value = component.get(name);
    return value != null && !(value.isBoolean() && !value.asBoolean());
  }

  /** A FEEL property of form-js is written "=expression". */
  private static String feel(String property) {
    return property != null && property.startsWith("=") ? property.substring(1) : property;
  }

  private static String text(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static BigDecimal number(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value != null && value.isNumber() ? value.decimalValue() : null;
  }

  private static Integer integer(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value != null && value.canConvertToInt() ? value.asInt() : null;
  }
}
