package com.aftersales.bpm.forms;

import com.aftersales.bpm.support.CodeSources;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Static checks of the Camunda Forms in {@code forms/} against the BPMN models in {@code processes/}:
 * every form used and every form reference resolved, form ids unique, component ids and keys unique
 * within a form. What each field shows a person (bilingual labels, codes as options, a required field
 * not disabled): {@link FormFieldsTest}. Plain file-system parsing, no Spring context and no process engine.
 */
class FormDefinitionsTest {

    private static final Path PROCESSES_DIR = Path.of("processes");
    private static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

    /** Form file name to its parsed schema. */
    private static final Map<String, JsonNode> forms = CodeSources.forms();
    /** "file.bpmn#Task_Id" to the form id named by the user task's (or start event's) camunda:formRef. */
    private static final Map<String, String> formRefs = new TreeMap<>();

    @BeforeAll
    static void load() {
        for (Path file : CodeSources.files(PROCESSES_DIR.toString(), ".bpmn")) {
            org.w3c.dom.Document model = CodeSources.xml(file);
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
        Assertions.assertThat(forms).as("forms in %s", Path.of("forms").toAbsolutePath()).isNotEmpty();
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
            for (JsonNode component : CodeSources.components(form)) {
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
}
