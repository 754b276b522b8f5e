package com.aftersales.bpm.redalert;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * The alert's lists as JSON variables (Spin): readable in Cockpit and by Camunda Forms, which read
 * a checklist's options and values from them.
 */
final class AlertJson {

  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

  private AlertJson() {}

  static TypedValue of(Object value) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
    } catch (Exception e) {
      throw new IllegalStateException("cannot write the alert's JSON", e);
    }
  }

  /** The orders of the alert, each a map of its facts and proposal. */
  static List<Map<String, Object>> orders(Object stored) {
    return read(stored, new TypeReference<>() {});
  }

  /** A checklist's value: the ids ticked (none for a missing value). */
  static List<String> ids(Object stored) {
    return stored == null ? List.of() : read(stored, new TypeReference<>() {});
  }

  private static <T> T read(Object stored, TypeReference<T> type) {
    if (stored instanceof java.util.Collection<?>) {
      return JSON.convertValue(stored, type);
    }
    try {
      return JSON.readValue(stored.toString(), type);
    } catch (Exception e) {
      throw new IllegalStateException("the alert's JSON is unreadable", e);
    }
  }
}
