package com.aftersales.bpm.models;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What makes a model open cleanly in Camunda Modeler and read well for a process owner: diagram
 * layout for every element, a name on everything a person sees, meaningful ids, a history TTL.
 */
class ModelConventionsTest {

  /** Type prefix and a readable name, e.g. Task_FirstContact; never Activity_0x7f. */
  private static final String MEANINGFUL_ID =
      "(StartEvent|EndEvent|Task|Timer|Event|Gateway|SubProcess|CallActivity|Flow)_[A-Z][A-Za-z]+";

  /** "First contact and listen (LEAP) / 初次联系与倾听": English without Chinese, a slash, Chinese first. */
  private static final String ENGLISH_SLASH_CHINESE = "[^/\\p{IsHan}]+ / \\p{IsHan}.*";

  static Stream<Path> bpmnModels() throws IOException {
    return list("*.bpmn");
  }

  static Stream<Path> dmnModels() throws IOException {
    return list("*.dmn");
  }

  @ParameterizedTest
  @MethodSource("bpmnModels")
  void everyFlowNodeIsNamedLaidOutAndMeaningfullyIdentified(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    Bpmn.validateModel(model);
    List<String> shapes = model.getModelElementsByType(BpmnShape.class).stream()
        .map(s -> s.getBpmnElement().getId()).toList();
    List<String> edges = model.getModelElementsByType(BpmnEdge.class).stream()
        .map(e -> e.getBpmnElement().getId()).toList();

    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      Assertions.assertThat(node.getName()).as("name of %s in %s", node.getId(), file).isNotBlank();
      Assertions.assertThat(node.getId()).as("id in %s", file).matches(MEANINGFUL_ID);
      Assertions.assertThat(shapes).as("diagram shape of %s in %s", node.getId(), file).contains(node.getId());
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      Assertions.assertThat(flow.getId()).as("id in %s", file).matches(MEANINGFUL_ID);
      Assertions.assertThat(edges).as("diagram edge of %s in %s", flow.getId(), file).contains(flow.getId());
    }
  }

  /**
   * A task's due date is what Tasklist shows and sorts by; where an SLA timer watches the task, the
   * task is due exactly when the timer fires (the same expression), so "overdue" and "breached" agree.
   */
  @ParameterizedTest
  @MethodSource("bpmnModels")
  void aUserTaskWatchedByAnSlaTimerIsDueWhenTheTimerFires(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    for (BoundaryEvent boundary : model.getModelElementsByType(BoundaryEvent.class)) {
      if (!(boundary.getAttachedTo() instanceof UserTask task) || !isSla(boundary)
          || task.getLoopCharacteristics() != null) {
        continue; // a multi-instance task's timer watches all its instances, which start one after another
      }
      TimerEventDefinition timer = boundary.getEventDefinitions().stream()
          .filter(TimerEventDefinition.class::isInstance).map(TimerEventDefinition.class::cast).findFirst().orElseThrow();
      String deadline = timer.getTimeDate() != null ? timer.getTimeDate().getTextContent()
          : timer.getTimeDuration().getTextContent();
      // a deadline the case may not have: the task is then due at no time, and the timer never fires
      String due = deadline.matches("\\$\\{deadlines\\.orNever\\(\\w+\\)}")
          ? "${" + deadline.substring("${deadlines.orNever(".length(), deadline.length() - 2) + "}" : deadline;
      Assertions.assertThat(task.getCamundaDueDate()).as("due date of %s, watched by %s in %s", task.getId(),
          boundary.getId(), file).isEqualTo(due);
    }
  }

  private static boolean isSla(BoundaryEvent event) {
    return event.getExtensionElements() != null && event.getExtensionElements()
        .getElementsQuery().filterByType(CamundaProperties.class).list().stream()
        .flatMap(properties -> properties.getCamundaProperties().stream())
        .anyMatch(property -> "sla".equals(property.getCamundaName()));
  }

  /**
   * Tasklist lists staff's tasks by these names, under their process's name: staff work in Chinese,
   * so each carries the English and the Chinese term, as the form labels do.
   */
  @ParameterizedTest
  @MethodSource("bpmnModels")
  void everyNameStaffReadInTasklistIsInEnglishAndChinese(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    Stream.concat(model.getModelElementsByType(Process.class).stream().map(Process::getName),
            model.getModelElementsByType(UserTask.class).stream().map(UserTask::getName))
        .forEach(name -> Assertions.assertThat(name).as("in %s", file).matches(ENGLISH_SLASH_CHINESE));
  }

  /**
   * A user task's end listeners run also when the task is cancelled (the part arrives, the case is
   * deleted), with the form never filled: a bean that reads or checks the form there refuses that
   * arrival or deletion. What the form gave is read on completion (a task listener).
   */
  @ParameterizedTest
  @MethodSource("bpmnModels")
  void noBeanReadsAUserTasksFormInAnEndListener(Path file) {
    for (UserTask task : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(UserTask.class)) {
      Assertions.assertThat(task.getChildElementsByType(ExtensionElements.class).stream()
              .flatMap(ext -> ext.getElementsQuery().filterByType(CamundaExecutionListener.class).list().stream())
              .filter(listener -> "end".equals(listener.getCamundaEvent()) && listener.getCamundaDelegateExpression() != null)
              .map(CamundaExecutionListener::getCamundaDelegateExpression))
          .as("%s in %s", task.getId(), file).isEmpty();
    }
  }

  /**
   * Auditors and success managers read every step and SLA of a case in Cockpit's case history, in
   * English and Chinese: a label the diagram shows in English only (an event, a gateway, a service
   * task) keeps its Chinese in the extension property {@code nameZh}, which the case history adds.
   */
  @ParameterizedTest
  @MethodSource("bpmnModels")
  void everyStepAndSlaTheCaseHistoryShowsIsInEnglishAndChinese(Path file) {
    for (FlowNode node : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(FlowNode.class)) {
      if (node.getName() == null || node.getName().matches(ENGLISH_SLASH_CHINESE)) {
        continue;
      }
      Assertions.assertThat(property(node, "nameZh")).as("nameZh of %s (%s) in %s", node.getId(), node.getName(), file)
          .isNotNull().containsPattern("\\p{IsHan}");
    }
    for (FlowNode node : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(FlowNode.class)) {
      String sla = property(node, "sla");
      Assertions.assertThat(sla == null || sla.matches(ENGLISH_SLASH_CHINESE)).as("sla of %s in %s: %s", node.getId(), file, sla).isTrue();
    }
  }

  private static String property(FlowNode node, String name) {
    return node.getExtensionElements() == null ? null : node.getExtensionElements().getElementsQuery()
        .filterByType(CamundaProperties.class).list().stream().flatMap(p -> p.getCamundaProperties().stream())
        .filter(p -> name.equals(p.getCamundaName())).map(p -> p.getCamundaValue()).findFirst().orElse(null);
  }

  @ParameterizedTest
  @MethodSource("bpmnModels")
  void everyProcessIsExecutableWithAHistoryTimeToLive(Path file) {
    for (Process process : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(Process.class)) {
      Assertions.assertThat(process.isExecutable()).as("%s executable", process.getId()).isTrue();
      Assertions.assertThat(process.getCamundaHistoryTimeToLiveString()).as("%s TTL", process.getId()).isNotBlank();
      Assertions.assertThat(process.getName()).as("%s name", process.getId()).isNotBlank();
    }
  }

  @ParameterizedTest
  @MethodSource("dmnModels")
  void everyDecisionIsNamedLaidOutWithAHistoryTimeToLive(Path file) throws Exception {
    DmnModelInstance model = Dmn.readModelFromFile(file.toFile());
    Dmn.validateModel(model);
    List<String> shapes = dmnShapeRefs(file);
    for (Decision decision : model.getModelElementsByType(Decision.class)) {
      Assertions.assertThat(decision.getName()).isNotBlank();
      Assertions.assertThat(decision.getCamundaHistoryTimeToLiveString()).as("%s TTL", decision.getId()).isNotBlank();
      Assertions.assertThat(shapes).as("DRD shape of %s", decision.getId()).contains(decision.getId());
    }
  }

  /** The model API has no DMN DI, so read the DMNShape references from the XML. */
  private static List<String> dmnShapeRefs(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    NodeList shapes = factory.newDocumentBuilder().parse(file.toFile())
        .getElementsByTagNameNS("https://www.omg.org/spec/DMN/20191111/DMNDI/", "DMNShape");
    List<String> refs = new java.util.ArrayList<>();
    for (int i = 0; i < shapes.getLength(); i++) {
      refs.add(((Element) shapes.item(i)).getAttribute("dmnElementRef"));
    }
    return refs;
  }

  private static Stream<Path> list(String glob) throws IOException {
    List<Path> files = new java.util.ArrayList<>();
    try (var stream = Files.newDirectoryStream(Path.of("processes"), glob)) {
      stream.forEach(files::add);
    }
    Assertions.assertThat(files).as("models matching %s", glob).isNotEmpty();
    return files.stream().sorted();
  }

}
