package com.aftersales.bpm.forms;

import com.aftersales.bpm.common.StaffWords;
import com.aftersales.bpm.support.CodeSources;
import com.aftersales.bpm.support.RawText;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, item 3: no form shows staff a raw code or a Java/ISO date. Every text of every form in
 * {@code forms/} (labels, option labels, texts, descriptions, the options a FEEL expression offers)
 * is scanned for codes of the staff-words catalog, variable names, ISO durations and date strings;
 * and a field that shows a stored code shows it in words: an option list whose values are the
 * kind's codes, not a text field that displays {@code SAME_CLASS_LOANER}, {@code R/P3D} or
 * {@code 2026-11-27T12:00:00.000+0000}.
 */
class FormWordsTest {

  /** Field types whose options carry the words for the stored value. */
  private static final Set<String> OPTION_FIELDS = Set.of("select", "radio", "checklist", "taglist");
  private static final Set<String> SHOWN_TEXTS = Set.of("label", "text", "description", "dateLabel", "timeLabel", "placeholder");
  /** form-js templating in a text: {@code {{decimal(total, 2)}}} shows the value it computes, not the names in it. */
  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);
  private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

  private final StaffWords words = new StaffWords();
  private final RawText raw = RawText.of(words);
  /** Variables holding an instant: Dates of the typed catalogs, and what a form's date-and-time field stores. */
  private final Set<String> dateTimes = dateTimes();

  @Test
  void noFormShowsARawCodeOrADateString() {
    Map<String, List<String>> problems = new TreeMap<>();
    CodeSources.forms().forEach((file, form) -> {
      for (JsonNode component : CodeSources.components(form)) {
        String where = file + "#" + component.path("key").asText(component.path("id").asText());
        List<String> found = new ArrayList<>();
        texts(component).forEach(text -> found.addAll(textProblems(where, text)));
        found.addAll(fieldProblems(where, component));
        if (!found.isEmpty()) {
          problems.computeIfAbsent(where, w -> new ArrayList<>()).addAll(found);
        }
      }
    });
    Assertions.assertThat(problems.keySet()).as("forms showing raw codes or dates:%n%s", problems.values().stream()
        .flatMap(List::stream).collect(Collectors.joining("\n"))).isEmpty();
  }

  @Test
  void theCheckFindsWhatAFormCouldShowWrongly() {
    Assertions.assertThat(textProblems("t", "Entitlement: {{loanerEntitlement}}")).hasSize(1);
    Assertions.assertThat(textProblems("t", "Arrived {{partArrivedAt}}")).hasSize(1);
    Assertions.assertThat(textProblems("t", "Total {{decimal(sum([problemFixValue, lossCompensationValue]), 2)}} CNY / 元")).isEmpty();
    Assertions.assertThat(textProblems("t", "Risk {{riskLevel}}")).as("L1 is how people say it").isEmpty();
    Assertions.assertThat(textProblems("t", "=if a then \"Loaner / 代步车\" else \"SAME_CLASS_LOANER\"")).hasSize(1);
    Assertions.assertThat(textProblems("t", "Due PT24H, outcome NOT_RECOVERED")).hasSize(2);
    JsonNode field = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
        .put("type", "textfield").put("key", "crisisSignals");
    Assertions.assertThat(fieldProblems("t", field)).hasSize(1);
  }

  /**
   * What a shown text gets wrong. Templates ({@code {{…}}}) and FEEL ({@code =…}) show what they compute:
   * only their string literals are read, and a template that shows a coded, cycle or date-time
   * variable as it is ({@code {{riskLevel}}}) is wrong.
   */
  private List<String> textProblems(String where, String text) {
    List<String> problems = new ArrayList<>();
    if (text.startsWith("=")) {
      Matcher literal = STRING_LITERAL.matcher(text);
      while (literal.find()) {
        problems.addAll(raw.problems(where, literal.group(1)));
      }
      return problems;
    }
    Matcher template = TEMPLATE.matcher(text);
    while (template.find()) {
      String shown = template.group(1).trim();
      StaffWords.Variable variable = words.catalog().variables().get(shown);
      if (variable != null && (variable.kind() != null && !selfExplaining(variable.kind()) || variable.type() != null
          || dateTimes.contains(shown))) {
        problems.add(where + ": {{" + shown + "}} shows the stored value as it is");
      }
    }
    problems.addAll(raw.problems(where, TEMPLATE.matcher(text).replaceAll("…")));
    return problems;
  }

  /** What the field shows staff besides its label: its options' labels, static or from a FEEL expression. */
  private static List<String> texts(JsonNode component) {
    List<String> texts = new ArrayList<>();
    SHOWN_TEXTS.forEach(name -> {
      if (component.path(name).isTextual()) {
        texts.add(component.path(name).asText());
      }
    });
    texts.addAll(CodeSources.optionLabels(component));
    return texts;
  }

  /** A field bound to a coded, duration, cycle or date-time variable that would show the stored value as it is. */
  private List<String> fieldProblems(String where, JsonNode component) {
    String key = component.path("key").asText("");
    String type = component.path("type").asText();
    StaffWords.Variable variable = words.catalog().variables().get(key);
    if (key.isEmpty() || variable == null || "hidden".equals(type)) {
      return List.of();
    }
    List<String> problems = new ArrayList<>();
    if (OPTION_FIELDS.contains(type)) {
      for (String value : CodeSources.optionValues(component)) {
        if (variable.kind() != null && words.word(variable.kind(), value).isEmpty()) {
          problems.add(where + ": option value " + value + " has no words in kind " + variable.kind());
        }
      }
      return problems;
    }
    if (variable.kind() != null && !selfExplaining(variable.kind())) {
      problems.add(where + ": a " + type + " shows the " + variable.kind() + " code as stored; offer the kind's words as options");
    }
    if (variable.type() != null) {
      problems.add(where + ": a " + type + " shows the " + variable.type() + " as stored (e.g. PT24H, R/P3D)");
    }
    if (dateTimes.contains(key) && !"datetime".equals(type)) {
      problems.add(where + ": a " + type + " shows a date-time as the engine stores it (2026-11-27T12:00:00.000+0000)");
    }
    return problems;
  }

  private static Set<String> dateTimes() {
    Set<String> keys = new java.util.TreeSet<>();
    CodeSources.typedVariables().forEach((name, type) -> {
      if (type == Date.class) {
        keys.add(name);
      }
    });
    CodeSources.forms().values().forEach(form -> CodeSources.components(form).stream()
        .filter(c -> "datetime".equals(c.path("type").asText()) && "datetime".equals(c.path("subtype").asText()))
        .forEach(c -> keys.add(c.path("key").asText())));
    return keys;
  }


  /** Every code of the kind is said as it is ("Grade S / S级", "L1 fatal / L1 致命"). */
  private boolean selfExplaining(String kind) {
    return words.catalog().kinds().get(kind).entrySet().stream()
        .allMatch(e -> e.getValue().text().matches("(?s).*(?<![\\w-])" + Pattern.quote(e.getKey()) + "(?![\\w-]).*"));
  }
}
