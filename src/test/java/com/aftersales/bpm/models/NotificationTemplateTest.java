package com.aftersales.bpm.models;

import com.aftersales.bpm.notification.Notification;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every notification in {@code processes/} is an instance of the Modeler element template
 * {@code .camunda/element-templates/send-notification.json}: the template's id and version, its
 * hidden bindings (the delegate, asynchronous before: delivered after the case's step committed),
 * exactly its four input parameters and its one property (the Chinese name), nothing else. And no notification holds work back: each ends
 * its own branch.
 */
class NotificationTemplateTest {

  private static final Path TEMPLATE = Path.of(".camunda/element-templates/send-notification.json");
  private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

  private static String templateId;
  private static String templateVersion;
  /** Hidden "property" bindings: attribute (without prefix) → value. */
  private static final Map<String, String> hiddenAttributes = new LinkedHashMap<>();
  private static final Set<String> inputParameters = new TreeSet<>();
  /** The extension properties the template fills (the Chinese name the case history shows). */
  private static final Set<String> properties = new TreeSet<>();
  private static final Set<String> channels = new TreeSet<>();

  @BeforeAll
  static void readTemplate() throws IOException {
    JsonNode template = new ObjectMapper().readTree(TEMPLATE.toFile());
    templateId = template.get("id").asText();
    templateVersion = template.get("version").asText();
    Assertions.assertThat(template.get("appliesTo")).extracting(JsonNode::asText).containsExactly("bpmn:ServiceTask");
    for (JsonNode property : template.get("properties")) {
      JsonNode binding = property.get("binding");
      String name = binding.get("name").asText();
      switch (binding.get("type").asText()) {
        case "property" -> {
          Assertions.assertThat(property.get("type").asText()).as("%s is not for people to change", name)
              .isEqualTo("Hidden");
          hiddenAttributes.put(name.replaceFirst("^camunda:", ""), property.get("value").asText());
        }
        case "camunda:inputParameter" -> {
          inputParameters.add(name);
          if (property.has("choices")) {
            property.get("choices").forEach(choice -> channels.add(choice.get("value").asText()));
          }
        }
        case "camunda:property" -> properties.add(name);
        default -> Assertions.fail("unexpected binding " + binding);
      }
    }
    Assertions.assertThat(hiddenAttributes).containsEntry("delegateExpression", "${sendNotification}")
        .containsEntry("asyncBefore", "true");
    Assertions.assertThat(inputParameters).containsExactlyInAnyOrder("notificationChannel",
        "notificationRecipient", "notificationSubject", "notificationMessage");
    Assertions.assertThat(properties).containsExactly("nameZh");
    // URGENT is the one the outside ports mark urgent; ${alertChannel} is the rescue's alert table's choice
    Assertions.assertThat(channels).containsExactlyInAnyOrder(Notification.URGENT, "ALERT", "REMINDER", "SURVEY",
        "${alertChannel}");
  }

  static Stream<Path> bpmnModels() throws IOException {
    List<Path> files = new ArrayList<>();
    try (var stream = Files.newDirectoryStream(Path.of("processes"), "*.bpmn")) {
      stream.forEach(files::add);
    }
    return files.stream().sorted();
  }

  @ParameterizedTest
  @MethodSource("bpmnModels")
  void everyNotificationIsAnInstanceOfTheTemplate(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    for (ServiceTask task : notificationTasks(model)) {
      String what = task.getId() + " in " + file;
      Assertions.assertThat(task.getAttributeValueNs(CAMUNDA_NS, "modelerTemplate")).as("template of %s", what)
          .isEqualTo(templateId);
      Assertions.assertThat(task.getAttributeValueNs(CAMUNDA_NS, "modelerTemplateVersion"))
          .as("template version of %s", what).isEqualTo(templateVersion);
      hiddenAttributes.forEach((attribute, value) -> Assertions
          .assertThat(task.getAttributeValueNs(CAMUNDA_NS, attribute)).as("%s of %s", attribute, what).isEqualTo(value));
      Assertions.assertThat(task.isCamundaAsyncAfter()).as("asyncAfter of %s", what).isFalse();
      Assertions.assertThat(task.getCamundaClass()).as("class of %s", what).isNull();
      Assertions.assertThat(task.getCamundaExpression()).as("expression of %s", what).isNull();
      Assertions.assertThat(task.getCamundaType()).as("type of %s", what).isNull();

      List<ModelElementInstance> extensions = new ArrayList<>(task.getExtensionElements().getElements());
      Assertions.assertThat(extensions).as("extensions of %s: the template's input parameters and properties only", what)
          .hasSize(2).hasAtLeastOneElementOfType(CamundaInputOutput.class).hasAtLeastOneElementOfType(CamundaProperties.class);
      Assertions.assertThat(extensions.stream().filter(CamundaProperties.class::isInstance)
              .flatMap(p -> ((CamundaProperties) p).getCamundaProperties().stream()).map(CamundaProperty::getCamundaName))
          .as("properties of %s", what).containsExactlyInAnyOrderElementsOf(properties);
      CamundaInputOutput io = inputOutput(task);
      Assertions.assertThat(io.getCamundaOutputParameters()).as("output parameters of %s", what).isEmpty();
      Map<String, String> parameters = new LinkedHashMap<>();
      for (CamundaInputParameter parameter : io.getCamundaInputParameters()) {
        Assertions.assertThat(parameter.getChildElementsByType(ModelElementInstance.class))
            .as("%s of %s is a text, not a script, list or map", parameter.getCamundaName(), what).isEmpty();
        parameters.put(parameter.getCamundaName(), parameter.getTextContent());
      }
      Assertions.assertThat(parameters.keySet()).as("input parameters of %s", what)
          .containsExactlyInAnyOrderElementsOf(inputParameters);
      parameters.forEach((name, value) -> Assertions.assertThat(value).as("%s of %s", name, what).isNotBlank());
      Assertions.assertThat(parameters.get("notificationChannel")).as("channel of %s", what).isIn(channels);
    }
  }

  @ParameterizedTest
  @MethodSource("bpmnModels")
  void onlyNotificationsCarryTheTemplate(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    List<String> notifications = notificationTasks(model).stream().map(ServiceTask::getId).toList();
    for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
      if (templateId.equals(element.getAttributeValueNs(CAMUNDA_NS, "modelerTemplate"))) {
        Assertions.assertThat(notifications).as("%s in %s carries the template but is no notification",
            element.getId(), file).contains(element.getId());
      }
    }
  }

  /** With asyncBefore a token waits at a notification until it is delivered: nothing may come after it. */
  @ParameterizedTest
  @MethodSource("bpmnModels")
  void everyNotificationEndsItsOwnBranch(Path file) {
    for (ServiceTask task : notificationTasks(Bpmn.readModelFromFile(file.toFile()))) {
      Assertions.assertThat(task.getOutgoing()).as("flows out of %s in %s", task.getId(), file).hasSize(1);
      Assertions.assertThat(task.getOutgoing().iterator().next().getTarget())
          .as("what follows %s in %s", task.getId(), file).isInstanceOf(EndEvent.class);
    }
  }

  /** The decision tables whose output alertChannel a model's notification may send on. */
  private static final java.util.Set<String> CHANNEL_TABLES = java.util.Set.of("npsAlertGrade", "redAlertWindows");

  /** ${alertChannel} is an output of an alert table: a model that sends on it must evaluate one first. */
  @ParameterizedTest
  @MethodSource("bpmnModels")
  void theAlertTablesChannelIsUsedOnlyAfterTheAlertTable(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    boolean grades = model.getModelElementsByType(BusinessRuleTask.class).stream()
        .anyMatch(t -> CHANNEL_TABLES.contains(t.getCamundaDecisionRef()));
    for (ServiceTask task : notificationTasks(model)) {
      CamundaInputOutput io = inputOutput(task);
      boolean fromTable = io.getCamundaInputParameters().stream().anyMatch(p -> "notificationChannel"
          .equals(p.getCamundaName()) && "${alertChannel}".equals(p.getTextContent()));
      Assertions.assertThat(!fromTable || grades).as("%s in %s sends on ${alertChannel} without a table giving it",
          task.getId(), file).isTrue();
    }
  }

  private static CamundaInputOutput inputOutput(ServiceTask task) {
    return task.getExtensionElements().getElementsQuery().filterByType(CamundaInputOutput.class).singleResult();
  }

  @Test
  void theModelsHaveNotifications() throws IOException {
    long count = bpmnModels().mapToLong(f -> notificationTasks(Bpmn.readModelFromFile(f.toFile())).size()).sum();
    Assertions.assertThat(count).isGreaterThanOrEqualTo(17);
  }

  private static List<ServiceTask> notificationTasks(BpmnModelInstance model) {
    return model.getModelElementsByType(ServiceTask.class).stream()
        .filter(t -> hiddenAttributes.get("delegateExpression").equals(t.getCamundaDelegateExpression()))
        .toList();
  }
}
