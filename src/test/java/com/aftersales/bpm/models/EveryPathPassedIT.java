package com.aftersales.bpm.models;

import com.aftersales.bpm.support.ProcessTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every path through every process is exercised: each flow node and sequence flow of each model in
 * {@code processes/} is passed by at least one process test. Each process test class asserts a
 * minimum share of the models it deploys; this check, run by {@code verify} after the tests, reads
 * the coverage every class recorded (target/process-test-coverage) and asserts their union is the
 * whole of every model, so splitting a test class can lower a class's minimum but never leave an
 * element untested.
 */
class EveryPathPassedIT {

  private static final Path REPORTS = Path.of("target", "process-test-coverage");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyProcessTestClassRecordedItsCoverage() throws Exception {
    List<String> missing = processTestClasses().stream()
        .filter(name -> !Files.exists(REPORTS.resolve(name).resolve("report.json"))).toList();
    Assertions.assertThat(missing).as("process test classes without a coverage report in %s: run the whole "
        + "suite first (mvn verify)", REPORTS).isEmpty();
  }

  static Stream<Path> models() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyElementIsPassedByAProcessTest(Path model) throws Exception {
    Set<String> passed = passedByAnyTest();
    for (Process process : Bpmn.readModelFromFile(model.toFile()).getModelElementsByType(Process.class)) {
      Set<String> notPassed = new TreeSet<>();
      collect(process.getFlowElements(), process.getId(), passed, notPassed);
      Assertions.assertThat(notPassed).as("elements of %s that no process test passes", process.getId()).isEmpty();
    }
  }

  private static void collect(Iterable<FlowElement> elements, String processKey, Set<String> passed, Set<String> notPassed) {
    for (FlowElement element : elements) {
      if ((element instanceof FlowNode || element instanceof SequenceFlow)
          && !passed.contains(processKey + "/" + element.getId())) {
        notPassed.add(element.getId());
      }
      if (element instanceof SubProcess sub) {
        collect(sub.getFlowElements(), processKey, passed, notPassed);
      }
    }
  }

  /** "modelKey/elementId" of every element some process test class passed. */
  private static Set<String> passedByAnyTest() throws IOException, URISyntaxException, ClassNotFoundException {
    Set<String> passed = new HashSet<>();
    for (String testClass : processTestClasses()) {
      Path report = REPORTS.resolve(testClass).resolve("report.json");
      if (!Files.exists(report)) {
        continue; // everyProcessTestClassRecordedItsCoverage names it
      }
      for (JsonNode suite : JSON.readTree(report.toFile()).path("suites")) {
        for (JsonNode run : suite.path("runs")) {
          for (JsonNode event : run.path("events")) {
            passed.add(event.path("modelKey").asText() + "/" + event.path("definitionKey").asText());
          }
        }
      }
    }
    return passed;
  }

  /**
   * The test classes that deploy models on {@link ProcessTestSupport}: their reports count (a stale
   * report of a deleted class does not).
   */
  private static List<String> processTestClasses() throws IOException, URISyntaxException, ClassNotFoundException {
    Path classes = Path.of(EveryPathPassedIT.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> names;
    try (Stream<Path> files = Files.walk(classes)) {
      names = files.map(f -> classes.relativize(f).toString()).filter(f -> f.endsWith(".class") && !f.contains("$"))
          .map(f -> f.substring(0, f.length() - ".class".length()).replace(File.separatorChar, '.')).sorted().toList();
    }
    List<String> processTests = new ArrayList<>();
    for (String name : names) {
      Class<?> type = Class.forName(name, false, EveryPathPassedIT.class.getClassLoader());
      if (Arrays.stream(type.getDeclaredFields()).anyMatch(EveryPathPassedIT::isProcessTestEngine) && deploysModels(type)) {
        processTests.add(name);
      }
    }
    return processTests;
  }

  /**
   * A class that deploys no model (e.g. one that only needs the engine's tables) records no coverage.
   * Its {@code @Deployment} may sit on a superclass ({@code support/RescueModels}), as the engine reads it.
   */
  private static boolean deploysModels(Class<?> type) {
    for (Class<?> level = type; level != null && level != Object.class; level = level.getSuperclass()) {
      if (level.isAnnotationPresent(Deployment.class)) {
        return true;
      }
    }
    return Arrays.stream(type.getDeclaredMethods()).anyMatch(m -> m.isAnnotationPresent(Deployment.class));
  }

  private static boolean isProcessTestEngine(Field field) {
    return Modifier.isStatic(field.getModifiers()) && field.getType() == ProcessTestSupport.class;
  }
}
