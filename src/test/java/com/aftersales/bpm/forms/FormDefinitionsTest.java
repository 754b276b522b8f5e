package com.aftersales.bpm.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;



/**
 * Static checks of the Camunda Forms in {@code forms/} against the BPMN models in {@code processes/}.
 * Plain file-system parsing, no Spring context and no process engine.
 */
class FormDefinitionsTest {

    private static final Path FORMS_DIR = Path.of("forms");
    private static final Path PROCESSES_DIR = Path.of("processes");
    private static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
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
    private static final Map<String, JsonNode> forms = new TreeMap<>();
    /** "file.bpmn#Task_Id" to the form id named by the user task's (or start event's) camunda:formRef. */
    private static final Map<String, String> formRefs = new TreeMap<>();

    @BeforeAll
    static void load() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        for (Path file : list(FORMS_DIR, ".form")) {
            forms.put(file.getFileName().toString(), mapper.readTree(file.toFile()));
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        for (Path file : list(PROCESSES_DIR, ".bpmn")) {
            org.w3c.dom.Document model = factory.newDocumentBuilder().parse(file.toFile());
            // user tasks, and start events whose start form Tasklist shows
            for (String element : List.of("userTask", "startEvent")) {
                NodeList withForms = model.getElementsByTagNameNS(BPMN_NS, element);
                for (int i = 0; i < withForms.getLength(); i++) {
                    Element task = (Element) withForms.item(i);
                    String formRef = task.getAttributeNS(CAMUNDA_NS, "formRef");
                    if (!formRef.isEmpty()) {
                        formRefs.put(file.getFileName() + "#" + task.getAttribute("id"), formRef);
                    }
                }
            }
        }
        Assertions.assertThat(forms).as("forms in %s", FORMS_DIR.toAbsolutePath()).isNotEmpty();
        Assertions.assertThat(formRefs).as("user tasks with camunda:formRef in %s", PROCESSES_DIR.toAbsolutePath())
                .isNotEmpty();
    }

    @Test
    void everyFormRefNamesAnExistingFormAndEveryFormIsUsed() {
        Set<String> formIds = new HashSet<>();
        forms.values().forEach(form -> formIds.add(form.path("id").asText()));

        List<String> problems = new ArrayList<>();
        formRefs.forEach((task, formRef) -> {
            if (!formIds.contains(formRef)) {
                problems.add(task + ": camunda:formRef '" + formRef + "' names no form");
            }
        });
        forms.forEach((file, form) -> {
            if (!formRefs.containsValue(form.path("id").asText())) {
                problems.add(file + ": form '" + form.path("id").asText() + "' is used by no user task or start event");
            }
        });
        Assertions.assertThat(problems).isEmpty();
    }

    @Test
    void formIdsAreUnique() {
        Map<String, String> fileById = new HashMap<>();
        List<String> problems = new ArrayList<>();
        forms.forEach((file, form) -> {
            String id = form.path("id").asText();
            if (id.isEmpty()) {
                problems.add(file + ": the form has no id");
            }
            String other = fileById.putIfAbsent(id, file);
            if (other != null) {
                problems.add(file + ": form id '" + id + "' is also used by " + other);
            }
        });
        Assertions.assertThat(problems).isEmpty();
    }

    @Test
    void componentIdsAndKeysAreUniqueWithinAForm() {
        List<String> problems = new ArrayList<>();
        forms.forEach((file, form) -> {
            Set<String> ids = new HashSet<>();
            Set<String> keys = new HashSet<>();
            for (JsonNode component : components(form)) {
                String id = component.path("id").asText();
                if (id.isEmpty()) {
                    problems.add(file + ": a '" + component.path("type").asText() + "' component has no id");
                } else if (!ids.add(id)) {
                    problems.add(file + ": component id '" + id + "' is used twice");
                }
                if (component.has("key") && !keys.add(component.get("key").asText())) {
                    problems.add(file + " / " + id + ": key '" + component.get("key").asText() + "' is used twice");
                }
            }
        });
        Assertions.assertThat(problems).isEmpty();
    }

    @Test
    void labelsAreEnglishSlashChinese() {
        List<String> problems = new ArrayList<>();
        forms.forEach((file, form) -> {
            for (JsonNode component : components(form)) {
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

    /** Fails naming each component (file / id) of every form for which {@code problem} gives a text. */
    private static void assertNoComponent(Function<JsonNode, String> problem) {
        List<String> problems = new ArrayList<>();
        forms.forEach((file, form) -> {
            for (JsonNode component : components(form)) {
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

    /** All components of a form, including those nested in groups. */
    private static List<JsonNode> components(JsonNode container) {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode component : container.path("components")) {
            all.add(component);
            all.addAll(components(component));
        }
        return all;
    }

    private static List<Path> list(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }
}
