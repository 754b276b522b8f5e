package com.aftersales.bpm.forms;

import com.aftersales.bpm.rescue.RootCause;
import com.aftersales.bpm.support.CodeSources;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The options a form offers for a coded variable are the codes of its Java home: a stored code
 * always has its option (a read-only select without it shows a blank, as steps 4 and 6 of the
 * rescue did for SALES_PROMISE) and no form offers a code the code does not know. A variable's
 * enum is the type its catalog declares ({@code ProcessVariable<ApprovalDecision>}) or, for a code
 * kept as a String, the one named in {@link #STRING_CODES}. Static {@code values} offer exactly
 * the constants; a {@code valuesExpression} offers what applies to the case (its description says
 * which), and every constant on some branch. A key offered on several forms offers the same codes
 * on each, enum or not. Plain file-system parsing, no Spring context and no process engine.
 */
class FormOptionsTest {

  /** Codes kept in String variables whose Java home is an enum. */
  private static final Map<String, Class<?>> STRING_CODES = Map.of("rootCauseCategory", RootCause.class);
  /** The values of the options a FEEL expression offers, e.g. {@code {label: "…", value: "WAIT"}}. */
  private final Map<String, Class<?>> catalog = CodeSources.typedVariables();
  private final Map<String, JsonNode> forms = CodeSources.forms();

  @Test
  void aCodedVariableIsOfferedExactlyTheCodesOfItsEnum() {
    List<String> problems = new ArrayList<>();
    List<String> checked = new ArrayList<>();
    eachOptionField((where, component) -> {
      Class<?> codes = enumOf(component.path("key").asText());
      if (codes == null) {
        return;
      }
      checked.add(where);
      Set<String> constants = names(codes);
      Set<String> offered = new LinkedHashSet<>(CodeSources.optionValues(component));
      if (component.has("valuesExpression")) {
        if (!constants.containsAll(offered)) {
          problems.add(where + ": offers " + minus(offered, constants) + ", not codes of " + codes.getSimpleName());
        }
        if (!offered.containsAll(constants)) {
          problems.add(where + ": no branch offers " + minus(constants, offered) + " of " + codes.getSimpleName());
        }
        if (component.path("description").asText().isBlank()) {
          problems.add(where + ": narrows " + codes.getSimpleName() + " to the case without a description saying how");
        }
      } else if (!offered.equals(constants)) {
        problems.add(where + ": offers " + offered + " but " + codes.getSimpleName() + " is " + constants
            + (constants.containsAll(offered) ? " (missing " + minus(constants, offered) + ")" : ""));
      }
    });
    Assertions.assertThat(checked).as("coded fields found").hasSizeGreaterThan(15)
        .contains("design-solution.form#rootCauseCategory", "review-and-improve.form#rootCauseCategory",
            "approve-compensation.form#approvalDecision", "parts-set-expectation.form#waitingBenefit");
    Assertions.assertThat(problems).isEmpty();
  }

  @Test
  void aStringVariableOfferingAnEnumsCodesIsNamedWithThatEnum() {
    List<String> problems = new ArrayList<>();
    Map<String, Class<?>> enums = CodeSources.enums();
    eachOptionField((where, component) -> {
      String key = component.path("key").asText();
      Set<String> offered = new LinkedHashSet<>(CodeSources.optionValues(component));
      if (enumOf(key) != null || offered.size() < 2) {
        return;
      }
      enums.forEach((name, type) -> {
        if (names(type).containsAll(offered)) {
          problems.add(where + ": offers codes of " + name + "; name it in STRING_CODES (or declare the variable"
              + " with the enum's type) so its options are checked against it");
        }
      });
    });
    STRING_CODES.forEach((key, codes) -> {
      Class<?> declared = catalog.get(key);
      if (declared == null || declared.isEnum() && declared != codes) {
        problems.add("STRING_CODES: " + key + " is declared as " + declared + ", not as a String holding " + codes);
      }
    });
    Assertions.assertThat(problems).isEmpty();
  }

  @Test
  void aVariableOfferedOnSeveralFormsOffersTheSameCodesOnEach() {
    Map<String, Map<Set<String>, List<String>>> byKey = new TreeMap<>();
    eachOptionField((where, component) -> {
      if (!component.has("valuesExpression")) {
        byKey.computeIfAbsent(component.path("key").asText(), k -> new java.util.LinkedHashMap<>())
            .computeIfAbsent(new TreeSet<>(CodeSources.optionValues(component)), s -> new ArrayList<>()).add(where);
      }
    });
    List<String> problems = new ArrayList<>();
    byKey.forEach((key, variants) -> {
      if (variants.size() > 1) {
        problems.add(key + " is offered differently: " + variants);
      }
    });
    Assertions.assertThat(byKey).as("keys with static options").containsKeys("responsibility", "riskLevel");
    Assertions.assertThat(problems).isEmpty();
  }

  /** A select, radio, checklist or taglist of every form with static or FEEL options, as "file#key". */
  private void eachOptionField(java.util.function.BiConsumer<String, JsonNode> check) {
    forms.forEach((file, form) -> CodeSources.components(form).stream()
        .filter(c -> c.has("key") && (c.path("values").size() > 0 || c.has("valuesExpression")))
        .forEach(c -> check.accept(file + "#" + c.path("key").asText(), c)));
  }

  /** The enum whose constants the variable holds, or null when it holds no enum's codes. */
  private Class<?> enumOf(String key) {
    Class<?> declared = catalog.get(key);
    return declared != null && declared.isEnum() ? declared : STRING_CODES.get(key);
  }


  private static Set<String> names(Class<?> type) {
    Set<String> names = new LinkedHashSet<>();
    Arrays.stream(type.getEnumConstants()).forEach(c -> names.add(((Enum<?>) c).name()));
    return names;
  }

  private static Set<String> minus(Set<String> from, Set<String> taken) {
    Set<String> rest = new LinkedHashSet<>(from);
    rest.removeAll(taken);
    return rest;
  }
}
