package com.aftersales.bpm.security.forms;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The server's side of a form's rules: which variables a completion or a start may set (the form's editable
 * inputs; a read-only input only with its current value, in its type) and each input's validation (required,
 * a required checkbox ticked, min, max, decimal digits, length, pattern, options, type, no passed dates)
 * — the same rules form-js applies in Tasklist.
 */
final class FormSubmissionCheck {

  /** How form-js's date picker writes a day: a four-digit year (a date-time's day starts the same). */
  private static final Pattern PICKER_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  /** The longest text the engine stores in a variable (its text column, else a 500), whatever the form says. */
  static final int ENGINE_TEXT = 4000;

  private FormSubmissionCheck() {}

  /**
   * @param submitted the completion's or the start's variables
   * @param current the task's variables before the completion (none for a start)
   * @param caseOptions the options a field offers for this case: those of its variable
   *     ({@code valuesKey}) or of its FEEL expression ({@code valuesExpression})
   * @param hidden whether a field is hidden by its condition, given the submitted and current values
   * @param now the engine's time in the centre's zone, where the browser's date picker has its "today"
   * @return what is wrong, one line per problem; empty when the completion may go ahead
   */
  static List<String> problems(FormDefinition form, Map<String, Object> submitted, Map<String, Object> current,
      Function<FormField, Set<String>> caseOptions, Predicate<FormField> hidden, ZonedDateTime now) {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, Object> variable : submitted.entrySet()) {
      FormField field = form.field(variable.getKey()).orElse(null);
      if (field == null) {
        problems.add("'" + variable.getKey() + "' is not a field of this form");
      } else if (!field.editable() && !sameValue(variable.getValue(), current.get(field.key()))) {
        problems.add(field.name() + " is read-only");
      } else if (field.editable() && hidden.test(field) && !isEmpty(variable.getValue())) {
        problems.add(field.name() + " is not shown on this form and must stay empty");
      }
    }
    for (FormField field : form.fields()) {
      if (field.editable() && !hidden.test(field)) {
        Object value = submitted.containsKey(field.key()) ? submitted.get(field.key()) : current.get(field.key());
        validate(field, value, caseOptions, now, problems);
      }
    }
    return problems;
  }

  private static void validate(FormField field, Object value, Function<FormField, Set<String>> caseOptions,
      ZonedDateTime now, List<String> problems) {
    // form-js counts an unticked required checkbox as missing ("Field is required.")
    boolean unticked = "checkbox".equals(field.type()) && Boolean.FALSE.equals(value);
    // a reason of white space only is no reason: stricter than the browser, which lets it through
    boolean blank = value instanceof String text && !text.isEmpty() && text.isBlank();
    if (isEmpty(value) || (field.required() && (unticked || blank))) {
      if (field.required()) {
        problems.add(field.name() + " is required" + (blank ? " (white space only is no answer)" : ""));
      }
      return;
    }
    // "NaN" and "Infinity" are Doubles over REST, which no input gives and no rule can compare
    String typeProblem = value instanceof Number n && !Double.isFinite(n.doubleValue()) ? "must be a number"
        : typeProblem(field, value);
    if (typeProblem != null) {
      problems.add(field.name() + " " + typeProblem);
      return;
    }
    if (value instanceof Number number) {
      BigDecimal decimal = new BigDecimal(number.toString());
      if (field.min() != null && decimal.compareTo(field.min()) < 0) {
        problems.add(field.name() + " must be at least " + field.min().toPlainString());
      }
      if (field.max() != null && decimal.compareTo(field.max()) > 0) {
        problems.add(field.name() + " must be at most " + field.max().toPlainString());
      }
      Integer digits = field.decimalDigits();
      if (digits != null && digits >= 0 && decimal.stripTrailingZeros().scale() > digits) {
        problems.add(field.name() + (digits == 0 ? " must be a whole number"
            : " must have at most " + digits + " decimal digits"));
      }
    }
    if (field.disallowPassedDates() && value instanceof String text && passed(field.subtype(), text, now)) {
      problems.add(field.name() + " must not be before today (" + now.toLocalDate() + ")");
    }
    if (value instanceof String text) {
      int length = text.codePointCount(0, text.length());
      if (field.minLength() != null && length < field.minLength()) {
        problems.add(field.name() + " must have at least " + field.minLength() + " characters");
      }
      if (field.maxLength() != null && length > field.maxLength()) {
        problems.add(field.name() + " must have at most " + field.maxLength() + " characters");
      } else if (text.length() > ENGINE_TEXT) { // UTF-16 units: what a database's text column may count
        problems.add(field.name() + " must have at most " + ENGINE_TEXT + " characters");
      }
      if (field.pattern() != null && !matches(field.pattern(), text)) {
        problems.add(field.name() + " does not have the expected format");
      }
    }
    Set<String> offered = field.hasCaseOptions() ? caseOptions.apply(field) : field.options();
    if (offered != null) {
      Collection<?> chosen = value instanceof Collection<?> many ? many : List.of(value);
      for (Object one : chosen) {
        if (!offered.contains(String.valueOf(one))) {
          problems.add(field.name() + " must be one of the offered options, not '" + one + "'");
        }
      }
    }
  }

  /** What the value should have been for the input's type, or null when it fits. */
  private static String typeProblem(FormField field, Object value) {
    String type = field.type() == null ? "" : field.type();
    switch (type) {
      case "number":
        return value instanceof Number ? null : "must be a number";
      case "checkbox":
        return value instanceof Boolean ? null : "must be true or false";
      case "textfield", "textarea", "select", "radio":
        return value instanceof String ? null : "must be text";
      case "checklist", "taglist":
        return value instanceof Collection<?> ? null : "must be a list";
      case "datetime":
        return value instanceof String text && isDateTime(field.subtype(), text) ? null
            : "must be a " + ("datetime".equals(field.subtype()) ? "date and time" : field.subtype());
      default:
        return value instanceof String || value instanceof Number || value instanceof Boolean ? null
            : "must be a plain value";
    }
  }

  private static boolean isDateTime(String subtype, String text) {
    if (!"time".equals(subtype) && !PICKER_DATE.matcher(text).lookingAt()) {
      return false; // java.time also reads "+12026-01-01", which no picker sends and our date arithmetic refuses
    }
    try {
      switch (subtype == null ? "date" : subtype) {
        case "time" -> LocalTime.parse(text.length() > 8 ? text.substring(0, 8) : text);
        case "datetime" -> Instant.from(OffsetDateTime.parse(text));
        default -> LocalDate.parse(text);
      }
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /**
   * form-js's date picker starts at today (its {@code minDate}) in the browser, i.e. in the centre:
   * a date or a date-time's day before it has passed; the time of day today is not bounded.
   */
  private static boolean passed(String subtype, String text, ZonedDateTime now) {
    LocalDate day = switch (subtype == null ? "date" : subtype) {
      case "time" -> null;
      case "datetime" -> OffsetDateTime.parse(text).atZoneSameInstant(now.getZone()).toLocalDate();
      default -> LocalDate.parse(text);
    };
    return day != null && day.isBefore(now.toLocalDate());
  }

  /** form-js tests a pattern anywhere in the value (JavaScript's RegExp.test). */
  private static boolean matches(String pattern, String text) {
    try {
      return Pattern.compile(pattern).matcher(text).find();
    } catch (PatternSyntaxException e) {
      return true; // a pattern the browser cannot use either; the model's problem, not the user's
    }
  }

  static boolean isEmpty(Object value) {
    return value == null || (value instanceof String s && s.isEmpty())
        || (value instanceof Collection<?> c && c.isEmpty());
  }

  /**
   * A read-only input sent back: its current value in the variable's type, or it would change the
   * type the process reads ("5" for the score 5). Any number for a number: JSON has no Integer or Long,
   * and Tasklist sends each value untyped. An object variable cannot be compared and is refused.
   */
  static boolean sameValue(Object sent, Object current) {
    if (isEmpty(sent) && isEmpty(current)) {
      return true;
    }
    if (sent instanceof Number a && current instanceof Number b) {
      return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
    }
    return (current instanceof String || current instanceof Boolean || current instanceof Date
        || current instanceof List<?>) && Objects.equals(sent, current);
  }
}
