package com.aftersales.bpm.security.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The fields of one Camunda Form by key, read from the same .form file that Tasklist shows. */
final class FormDefinition {

  static final FormDefinition NONE = new FormDefinition(Map.of());
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, FormField> fields;

  private FormDefinition(Map<String, FormField> fields) {
    this.fields = fields;
  }

  static FormDefinition read(InputStream form) throws IOException {
    Map<String, FormField> fields = new LinkedHashMap<>();
    collect(JSON.readTree(form), fields);
    return new FormDefinition(fields);
  }

  Optional<FormField> field(String key) {
    return Optional.ofNullable(fields.get(key));
  }

  Iterable<FormField> fields() {
    return fields.values();
  }

  /** Inputs may sit in groups; every component with a key is an input. */
  private static void collect(JsonNode node, Map<String, FormField> fields) {
    for (JsonNode component : node.path("components")) {
      if (component.hasNonNull("key")) {
        fields.put(component.get("key").asText(), FormField.of(component));
      }
      collect(component, fields);
    }
  }
}
