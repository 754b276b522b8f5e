package com.aftersales.bpm.promise;

import com.aftersales.bpm.support.CodeSources;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * SPEC 6 "the service advisor sees all promises" (ADR 55): the forms where staff talk to a customer or
 * decide what we owe them show the customer's sales promises, read-only, with the bilingual label; and
 * every task of every model whose form shows them computes them when it opens (a form that shows the
 * field on a task that does not compute it would show nothing, silently).
 */
class PromisesOnFormsTest {

  private static final String KEY = PromiseVariables.CUSTOMER_PROMISES_IN_WORDS.name();
  private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

  /** The forms that show them: the first two talks, the pre-approval, and every later talk or compensation. */
  static final Set<String> SHOWN_ON = Set.of("first-contact.form", "parts-set-expectation.form",
      "promise-pre-approval.form", "handle-missed-response.form", "investigate.form", "design-solution.form",
      "approve-compensation.form", "execute-and-follow-up.form", "parts-manager-take-over.form",
      "parts-proactive-update.form", "parts-answer-customer.form", "parts-explain-delay.form",
      "parts-manager-call.form", "parts-upgrade-compensation.form", "parts-approve-compensation.form",
      "parts-handover.form", "red-alert-offer-options.form", "red-alert-approve-compensation.form",
      "red-alert-progress-update.form", "red-alert-deliver-car.form", "red-alert-deliver-replacement.form");

  @Test
  void theFormsWhereWeTalkToTheCustomerOrDecideWhatWeOweShowThePromisesReadOnly() {
    Map<String, JsonNode> showing = new TreeMap<>();
    CodeSources.forms().forEach((file, form) -> CodeSources.components(form).stream()
        .filter(c -> KEY.equals(c.path("key").asText())).findFirst().ifPresent(c -> showing.put(file, c)));

    Assertions.assertThat(showing.keySet()).containsExactlyInAnyOrderElementsOf(SHOWN_ON);
    showing.forEach((file, field) -> {
      Assertions.assertThat(field.path("disabled").asBoolean()).as(file + ": read-only").isTrue();
      Assertions.assertThat(field.path("type").asText()).as(file).isEqualTo("textarea");
      Assertions.assertThat(field.path("label").asText()).as(file).isEqualTo(file.equals("promise-pre-approval.form")
          ? "The customer's open promises / 客户未兑现的承诺" : "Sales promises to this customer / 销售对该客户的承诺");
    });
  }

  @Test
  void everyTaskWhoseFormShowsThePromisesComputesThemWhenItOpens() {
    Set<String> formIds = new TreeSet<>();
    CodeSources.forms().forEach((file, form) -> {
      if (SHOWN_ON.contains(file)) {
        formIds.add(form.path("id").asText());
      }
    });
    Set<String> withoutThem = new TreeSet<>();
    int tasks = 0;
    for (Path model : CodeSources.files("processes", ".bpmn")) {
      NodeList userTasks = CodeSources.xml(model).getElementsByTagNameNS("http://www.omg.org/spec/BPMN/20100524/MODEL",
          "userTask");
      for (int i = 0; i < userTasks.getLength(); i++) {
        Element task = (Element) userTasks.item(i);
        if (formIds.contains(task.getAttributeNS(CAMUNDA, "formRef"))) {
          tasks++;
          if (!computesThePromises(task)) {
            withoutThem.add(model.getFileName() + " " + task.getAttribute("id"));
          }
        }
      }
    }
    Assertions.assertThat(tasks).as("tasks showing the promises").isGreaterThanOrEqualTo(SHOWN_ON.size());
    Assertions.assertThat(withoutThem).as("tasks whose form shows the promises but that do not compute them").isEmpty();
  }

  private static boolean computesThePromises(Element task) {
    NodeList inputs = task.getElementsByTagNameNS(CAMUNDA, "inputParameter");
    for (int i = 0; i < inputs.getLength(); i++) {
      Element input = (Element) inputs.item(i);
      if (KEY.equals(input.getAttribute("name")) && input.getTextContent().contains("customerPromises.openInWords(")) {
        return true;
      }
    }
    return false;
  }
}
