package com.aftersales.bpm.common;

import com.aftersales.bpm.common.ApiError.FieldProblem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Reads a JSON request body into a record and reports every bad field at once: unknown fields,
 * wrong JSON types (a string for a number, a fraction for a whole number) and constraint
 * violations — where Jackson alone stops at the first.
 */
@Component
public class JsonRequestReader {

  static final LocalDate EARLIEST_DATE = LocalDate.of(2000, 1, 1);
  static final LocalDate LATEST_DATE = LocalDate.of(9999, 12, 31);

  private final ObjectMapper json;
  private final Validator validator;

  public JsonRequestReader(ObjectMapper json, Validator validator) {
    this.json = json;
    this.validator = validator;
  }

  public <T extends Record> T read(JsonNode body, Class<T> type) {
    if (body == null || !body.isObject()) {
      throw new InvalidRequestException(List.of(new FieldProblem("(body)", "must be a JSON object")));
    }
    ObjectNode wellTyped = body.deepCopy();
    List<FieldProblem> problems = new ArrayList<>();
    checkShape(wellTyped, type, "", problems);
    T value;
    try {
      value = json.treeToValue(wellTyped, type);
    } catch (Exception e) {
      throw new IllegalStateException("body passed the shape check but did not bind", e);
    }
    Set<String> reported = new HashSet<>();
    problems.forEach(p -> reported.add(p.field()));
    for (ConstraintViolation<T> violation : validator.validate(value)) {
      String field = violation.getPropertyPath().toString();
      if (!reported.contains(field)) {
        problems.add(new FieldProblem(field, violation.getMessage()));
      }
    }
    if (!problems.isEmpty()) {
      problems.sort(Comparator.comparing(FieldProblem::field));
      throw new InvalidRequestException(problems);
    }
    return value;
  }

  /** Removes every unknown or wrongly typed field from {@code node}, recording why. */
  private void checkShape(ObjectNode node, Class<?> type, String prefix, List<FieldProblem> problems) {
    RecordComponent[] components = type.getRecordComponents();
    Set<String> known = new HashSet<>();
    for (RecordComponent component : components) {
      known.add(component.getName());
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        problems.add(new FieldProblem(prefix + name, "is not a known field"));
        names.remove();
      }
    }
    for (RecordComponent component : components) {
      JsonNode value = node.get(component.getName());
      if (value == null || value.isNull()) {
        continue;
      }
      String field = prefix + component.getName();
      String expected = mismatch(component.getType(), value);
      if (expected != null) {
        problems.add(new FieldProblem(field, "must be " + expected));
        node.remove(component.getName());
      } else if (component.getType().isRecord()) {
        checkShape((ObjectNode) value, component.getType(), field + ".", problems);
      } else if (component.getType() == List.class) {
        checkElements((ArrayNode) value, elementType(component), field, problems);
      }
    }
  }

  /** A list's elements as its fields: a missing or wrongly typed element is named by its index. */
  private void checkElements(ArrayNode array, Class<?> type, String field, List<FieldProblem> problems) {
    for (int i = 0; i < array.size(); i++) {
      JsonNode element = array.get(i);
      String expected = element == null || element.isNull() ? describe(type) : mismatch(type, element);
      if (expected != null) {
        problems.add(new FieldProblem(field + "[" + i + "]", "must be " + expected));
        array.set(i, NullNode.getInstance());
      } else if (type.isRecord()) {
        checkShape((ObjectNode) element, type, field + "[" + i + "].", problems);
      }
    }
  }

  private static Class<?> elementType(RecordComponent component) {
    if (component.getGenericType() instanceof ParameterizedType list
        && list.getActualTypeArguments()[0] instanceof Class<?> element) {
      return element;
    }
    throw new IllegalArgumentException("no element type for " + component.getName());
  }

  private static String describe(Class<?> type) {
    return type.isRecord() ? "an object" : "a value";
  }

  /**
   * Dates the business can have: nothing here happened before 2000 (a year 1 answer would be an
   * SLA breached at once), and years beyond 9999 do not fit the engine's dates.
   */
  private static boolean inRange(LocalDate date) {
    return !date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE);
  }

  /** What the value should have been, or null when it fits the type. */
  private static String mismatch(Class<?> type, JsonNode value) {
    if (type == Integer.class) {
      return value.isIntegralNumber() && value.canConvertToInt() ? null : "a whole number";
    }
    if (type == Boolean.class) {
      return value.isBoolean() ? null : "true or false";
    }
    if (type == String.class) {
      // PostgreSQL stores no U+0000 in text (H2 does): refused here for every database alike
      return !value.isTextual() ? "a string" : value.asText().indexOf('\0') >= 0 ? "a string without U+0000" : null;
    }
    if (type == OffsetDateTime.class) {
      try {
        if (value.isTextual() && inRange(OffsetDateTime.parse(value.asText()).toLocalDate())) {
          return null;
        }
      } catch (DateTimeParseException e) {
        // reported below
      }
      return "an ISO-8601 date-time with offset from " + EARLIEST_DATE + " to " + LATEST_DATE
          + ", e.g. 2026-11-23T15:00:00+08:00";
    }
    if (type == LocalDate.class) {
      try {
        if (value.isTextual() && inRange(LocalDate.parse(value.asText()))) {
          return null;
        }
      } catch (DateTimeParseException e) {
        // reported below
      }
      return "an ISO-8601 date from " + EARLIEST_DATE + " to " + LATEST_DATE + ", e.g. 2026-11-28";
    }
    if (type.isEnum()) {
      List<String> names = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
      return value.isTextual() && names.contains(value.asText()) ? null : "one of " + String.join(", ", names);
    }
    if (type.isRecord()) {
      return value.isObject() ? null : "an object";
    }
    if (type == BigDecimal.class) {
      // 1e400 reads as an infinite double, which no amount holds (it would not bind: a 500)
      return value.isNumber() && Double.isFinite(value.doubleValue()) ? null : "a number";
    }
    if (type == List.class) {
      return value.isArray() ? null : "an array";
    }
    throw new IllegalArgumentException("no JSON shape rule for " + type.getName());
  }
}
