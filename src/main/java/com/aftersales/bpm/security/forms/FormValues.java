package com.aftersales.bpm.security.forms;

import com.aftersales.bpm.engine.EngineClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.CustomFunctionTransformer;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.feel.valuemapper.ValueMapper.CompositeValueMapper;

/**
 * The values a form works with as form-js sees them: submitted and stored variables as plain
 * values, the options a field offers for the case and whether its condition hides it, both
 * evaluated with the engine's FEEL. Shared by the checks of task forms and start forms.
 */
final class FormValues {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final FeelEngine feel;
  private final ZoneId zone;

  /** @param zone the centre's time zone, where a form's {@code today()} is (the browser's, not the JVM's) */
  FormValues(ZoneId zone) {
    this.feel = new CentreFeel(zone);
    this.zone = zone;
  }

  /** The engine's time in the centre's zone: where a date picker's "today" is (ADR 16). */
  ZonedDateTime now() {
    return EngineClock.instant().atZone(zone);
  }

  /** Plain values; a serialized one (JSON, Java object) is kept as its type name, which no form input accepts. */
  static Map<String, Object> plain(VariableMap variables) {
    Map<String, Object> plain = new HashMap<>();
    for (String name : variables.keySet()) {
      TypedValue typed = variables.getValueTyped(name);
      List<?> list = jsonArray(typed);
      if (list != null) {
        plain.put(name, list); // a checklist as Tasklist sends it: a JSON variable holding an array
        continue;
      }
      plain.put(name, typed instanceof SerializableValue serialized && !serialized.isDeserialized()
          ? new SerializedObject(typed.getType().getName()) : typed.getValue());
    }
    return plain;
  }

  /**
   * The submitted values sent as transient ({@code "valueInfo": {"transient": true}}), one problem
   * each. No form sends one: it lives only in the command's transaction, so a required field would
   * pass and the case go on without it, and one the case already holds fails in the engine (a 500).
   */
  static List<String> transientValues(VariableMap submitted) {
    return submitted.keySet().stream().filter(name -> submitted.getValueTyped(name).isTransient())
        .map(name -> "'" + name + "' is sent as a transient value, which the case would not keep; send it as a plain value")
        .toList();
  }

  /** The list in a JSON (Spin) variable that holds an array, else null. */
  private static List<?> jsonArray(TypedValue typed) {
    if (typed instanceof SerializableValue json && "json".equals(typed.getType().getName())
        && json.getValueSerialized() != null) {
      try {
        JsonNode node = JSON.readTree(json.getValueSerialized());
        return node.isArray() ? JSON.convertValue(node, List.class) : null;
      } catch (Exception notJson) {
        return null;
      }
    }
    return null;
  }

  /** The options form-js offers for this case: from the field's variable or its FEEL expression. */
  Set<String> caseOptions(FormField field, VariableMap current, Map<String, Object> values) {
    if (field.optionsVariable() != null) {
      return options(current.getValueTyped(field.optionsVariable()));
    }
    Set<String> offered = new LinkedHashSet<>();
    try {
      Object list = feel.evaluateSimpleExpression(field.optionsExpression(), feelContext(values));
      if (list instanceof Collection<?> options) {
        // form-js takes {label, value} or a plain value that is its own label
        options.forEach(option -> offered.add(String.valueOf(option instanceof Map<?, ?> map ? map.get("value") : option)));
      }
    } catch (RuntimeException e) {
      // an expression the server cannot evaluate offers nothing: the value is refused, never let through
    }
    return offered;
  }

  /** A form's options in a variable: a JSON list of {label, value}, as Camunda Forms read it. */
  private static Set<String> options(TypedValue variable) {
    Set<String> values = new LinkedHashSet<>();
    if (variable instanceof SerializableValue json && json.getValueSerialized() != null) {
      try {
        for (JsonNode option : JSON.readTree(json.getValueSerialized())) {
          values.add(option.path("value").asText());
        }
      } catch (IOException e) {
        return values;
      }
    }
    return values;
  }

  /** form-js hides a field when its FEEL condition ({@code =addAction2 != true}) is true. */
  boolean hidden(FormField field, Map<String, Object> values) {
    if (field.hideWhen() == null) {
      return false;
    }
    String expression = field.hideWhen().startsWith("=") ? field.hideWhen().substring(1) : field.hideWhen();
    try {
      return Boolean.TRUE.equals(feel.evaluateSimpleExpression(expression, feelContext(values)));
    } catch (RuntimeException e) {
      return false;
    }
  }

  /**
   * The plain values a form's FEEL sees, a null one as null (form-js sees it so), and lists (a
   * JSON array of options: {@code count(complexCaseOptions) = 0}); other objects are left out: the
   * forms' expressions use none.
   */
  private static VariableContext feelContext(Map<String, Object> values) {
    Map<String, Object> simple = new HashMap<>();
    values.forEach((name, value) -> {
      if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
          || value instanceof Date || value instanceof List) {
        simple.put(name, value);
      }
    });
    return Variables.fromMap(simple).asVariableContext();
  }

  /**
   * The engine's FEEL (the same functions and value mapping), with {@code today()} and {@code
   * now()} read from the engine's clock in the centre's time zone: a start form's months
   * ({@code today().month - 1 - i}) are then the months the review's calendar counts as ended.
   */
  private static final class CentreFeel extends ScalaFeelEngine {

    private final ZoneId zone;

    CentreFeel(ZoneId zone) {
      super(List.of());
      this.zone = zone;
    }

    @Override
    protected org.camunda.feel.FeelEngine buildFeelEngine(CustomFunctionTransformer transformer,
        CompositeValueMapper valueMapper) {
      // called by the super constructor: the clock reads the zone when an expression runs
      return new org.camunda.feel.FeelEngine.Builder().functionProvider(transformer).valueMapper(valueMapper)
          .enableExternalFunctions(false).clock(() -> EngineClock.instant().atZone(zone)).build();
    }
  }

  /** Stands for an object variable the form cannot have produced. */
  private record SerializedObject(String typeName) {}
}
