package com.aftersales.bpm.forms;

import com.aftersales.bpm.support.CodeSources;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * What each field of the Camunda Forms in {@code forms/} shows a person: labels and option labels
 * "English / 中文", a code shown through options in staff words with the code kept as the value, no
 * required field disabled, and no date that has passed. That the forms and the models' references to them fit together:
 * {@link FormDefinitionsTest}. Plain file-system parsing, no Spring context and no process engine.
 */
class FormFieldsTest {

    /** "English / 中文": an English part without a slash, then " / ", then text with a Chinese character. */
    private static final Pattern BILINGUAL_LABEL = Pattern.compile("^[^/]+ / .*\\p{IsHan}.*$");

    /** {label: "…"} in a FEEL list of options (valuesExpression). */
    private static final Pattern OPTION_LABEL_IN_FEEL = Pattern.compile("label: \"([^\"]*)\"");
    /**
     * Variables that hold codes (SAME_CLASS_LOANER, REGIONAL_MANAGER …): a form shows them through
     * options with staff words, never as the raw code in a text field.
     */
    private static final Set<String> CODE_VARIABLES = Set.of("approvalLevel", "approvalDecision", "loanerEntitlement",
            "vehicleCondition", "responsibility", "rootCauseCategory", "customerOption", "waitingBenefit",
            "followUpOutcome", "customerResponse");

    /** Form file name to its parsed schema. */
    private static final Map<String, JsonNode> forms = CodeSources.forms();

    @Test
    void labelsAreEnglishSlashChinese() {
        List<String> problems = new ArrayList<>();
        forms.forEach((file, form) -> {
            for (JsonNode component : CodeSources.components(form)) {
                String where = file + " / " + component.path("id").asText();
                if (component.has("key")) {
                    for (String property : labelProperties(component)) {
                        String label = component.path(property).asText();
                        if (!BILINGUAL_LABEL.matcher(label).matches()) {
                            problems.add(where + ": " + property + " '" + label + "' is not 'English / 中文'");
                        }
                    }
                }
                for (JsonNode option : component.path("values")) {
                    String label = option.path("label").asText();
                    if (!BILINGUAL_LABEL.matcher(label).matches()) {
                        problems.add(where + ": option '" + option.path("value").asText() + "' label '" + label
                                + "' is not 'English / 中文'");
                    }
                }
                Matcher expressionLabel = OPTION_LABEL_IN_FEEL.matcher(component.path("valuesExpression").asText());
                while (expressionLabel.find()) {
                    if (!BILINGUAL_LABEL.matcher(expressionLabel.group(1)).matches()) {
                        problems.add(where + ": option label '" + expressionLabel.group(1) + "' in valuesExpression"
                                + " is not 'English / 中文'");
                    }
                }
            }
        });
        Assertions.assertThat(problems).isEmpty();
    }

    @Test
    void codesAreShownAsStaffWordsWithTheCodeKeptAsTheValue() {
        assertNoComponent(component -> CODE_VARIABLES.contains(component.path("key").asText())
                && !component.has("values") && !component.has("valuesExpression")
                ? "'" + component.path("key").asText() + "' is a code; show it as a select or radio with 'English / 中文' options"
                : null);
    }

    @Test
    void requiredFieldsAreNotDisabled() {
        assertNoComponent(component -> component.path("validate").path("required").asBoolean(false)
                && component.path("disabled").asBoolean(false) ? "required but disabled" : null);
    }

    /**
     * Every date a form asks for is one a person commits to (a promise, a call-back, a deadline, a
     * delivery): a day already passed would be overdue as it is written, so the form refuses it,
     * and the server with it (FormSubmissionCheck).
     */
    @Test
    void aDateSomeoneCommitsToIsNeverOneThatHasPassed() {
        assertNoComponent(component -> "datetime".equals(component.path("type").asText())
                && !component.path("disabled").asBoolean(false) && !component.path("readonly").asBoolean(false)
                && !component.path("disallowPassedDates").asBoolean(false) ? "a date that may have passed" : null);
    }

    /** Fails naming each component (file / id) of every form for which {@code problem} gives a text. */
    private static void assertNoComponent(Function<JsonNode, String> problem) {
        List<String> problems = new ArrayList<>();
        forms.forEach((file, form) -> {
            for (JsonNode component : CodeSources.components(form)) {
                String found = problem.apply(component);
                if (found != null) {
                    problems.add(file + " / " + component.path("id").asText() + ": " + found);
                }
            }
        });
        Assertions.assertThat(problems).isEmpty();
    }

    /** A datetime field shows dateLabel and/or timeLabel instead of label. */
    private static List<String> labelProperties(JsonNode component) {
        if (!"datetime".equals(component.path("type").asText())) {
            return List.of("label");
        }
        return switch (component.path("subtype").asText()) {
            case "date" -> List.of("dateLabel");
            case "time" -> List.of("timeLabel");
            default -> List.of("dateLabel", "timeLabel");
        };
    }
}
