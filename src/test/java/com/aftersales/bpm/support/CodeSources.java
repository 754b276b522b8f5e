package com.aftersales.bpm.support;

import com.aftersales.bpm.common.ProcessVariable;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Where the codes and names staff could meet come from: the application's enums, the typed variable
 * catalogs ({@code *Variables}), the DMN tables' outputs, the literal codes models set, and the
 * forms. Read from the compiled classes and the files in {@code processes/} and {@code forms/}, so a
 * new enum, variable, output or form field is checked without anyone listing it.
 */
public final class CodeSources {

  private static final String BASE = "com/aftersales/bpm/";
  private static final String DMN = "https://www.omg.org/spec/DMN/20191111/MODEL/";
  private static final Pattern SET_LITERAL = Pattern.compile("setVariable\\('(\\w+)',\\s*'([^']*)'\\)");
  /** An option a FEEL {@code valuesExpression} gives: {@code {label: "…", value: "…"}}. */
  private static final Pattern EXPRESSION_OPTION = Pattern.compile("label:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*,\\s*value:\\s*\"([^\"]*)\"");

  private CodeSources() {}

  /** The application's enums (not the tests'), named "Outer.Inner" for nested ones. */
  public static Map<String, Class<?>> enums() {
    Map<String, Class<?>> enums = new TreeMap<>();
    for (Class<?> type : mainClasses("**/*.class")) {
      if (type.isEnum()) {
        enums.put(type.getEnclosingClass() == null ? type.getSimpleName()
            : type.getEnclosingClass().getSimpleName() + "." + type.getSimpleName(), type);
      }
    }
    return enums;
  }

  /** The codes a select, radio or checklist offers: its static values and every one its FEEL expression can give. */
  public static List<String> optionValues(JsonNode component) {
    return options(component, "value", 2);
  }

  /** The labels of those options, as staff read them. */
  public static List<String> optionLabels(JsonNode component) {
    return options(component, "label", 1);
  }

  private static List<String> options(JsonNode component, String part, int group) {
    List<String> found = new ArrayList<>();
    component.path("values").forEach(option -> found.add(option.path(part).asText()));
    Matcher m = EXPRESSION_OPTION.matcher(component.path("valuesExpression").asText(""));
    while (m.find()) {
      found.add(m.group(group));
    }
    return found;
  }

  /** Every variable of the typed catalogs, by name, with its Java type. */
  public static Map<String, Class<?>> typedVariables() {
    Map<String, Class<?>> variables = new TreeMap<>();
    for (Class<?> type : mainClasses("**/*Variables.class")) {
      for (Field field : type.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) && field.getType() == ProcessVariable.class) {
          try {
            ProcessVariable<?> variable = (ProcessVariable<?>) field.get(null);
            variables.put(variable.name(), variable.type());
          } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
          }
        }
      }
    }
    return variables;
  }

  /** Each DMN output's name with the literal values its rules give (strings unquoted, others as written). */
  public static Map<String, Set<String>> dmnOutputs() {
    Map<String, Set<String>> outputs = new TreeMap<>();
    for (Path file : files("processes", ".dmn")) {
      Document dmn = xml(file);
      NodeList tables = dmn.getElementsByTagNameNS(DMN, "decisionTable");
      for (int t = 0; t < tables.getLength(); t++) {
        Element table = (Element) tables.item(t);
        List<String> names = new ArrayList<>();
        NodeList columns = table.getElementsByTagNameNS(DMN, "output");
        for (int i = 0; i < columns.getLength(); i++) {
          names.add(((Element) columns.item(i)).getAttribute("name"));
          outputs.computeIfAbsent(names.get(i), n -> new LinkedHashSet<>());
        }
        NodeList rules = table.getElementsByTagNameNS(DMN, "rule");
        for (int r = 0; r < rules.getLength(); r++) {
          NodeList entries = ((Element) rules.item(r)).getElementsByTagNameNS(DMN, "outputEntry");
          for (int i = 0; i < entries.getLength(); i++) {
            String text = entries.item(i).getTextContent().trim();
            if (!text.isEmpty()) {
              outputs.get(names.get(i)).add(text.startsWith("\"") ? text.substring(1, text.length() - 1) : text);
            }
          }
        }
      }
    }
    return outputs;
  }

  /** Codes the models set as literals, e.g. {@code ${execution.setVariable('actionState', 'OPEN')}}: name → values. */
  public static Map<String, Set<String>> modelLiterals() {
    Map<String, Set<String>> literals = new TreeMap<>();
    for (Path file : files("processes", ".bpmn")) {
      Matcher m = SET_LITERAL.matcher(read(file));
      while (m.find()) {
        literals.computeIfAbsent(m.group(1), n -> new LinkedHashSet<>()).add(m.group(2));
      }
    }
    return literals;
  }

  /** The forms by file name. */
  public static Map<String, JsonNode> forms() {
    Map<String, JsonNode> forms = new TreeMap<>();
    ObjectMapper json = new ObjectMapper();
    for (Path file : files("forms", ".form")) {
      try {
        forms.put(file.getFileName().toString(), json.readTree(file.toFile()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return forms;
  }

  /** Every component of a form, nested ones included. */
  public static List<JsonNode> components(JsonNode form) {
    List<JsonNode> all = new ArrayList<>();
    collect(form.path("components"), all);
    return all;
  }

  private static void collect(JsonNode components, List<JsonNode> all) {
    for (JsonNode component : components) {
      all.add(component);
      collect(component.path("components"), all);
    }
  }

  /** The models' files of one kind. */
  public static List<Path> files(String folder, String suffix) {
    try (Stream<Path> files = Files.list(Path.of(folder))) {
      return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Document xml(Path file) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      return factory.newDocumentBuilder().parse(file.toFile());
    } catch (Exception e) {
      throw new IllegalStateException("cannot read " + file, e);
    }
  }

  private static List<Class<?>> mainClasses(String pattern) {
    List<Class<?>> classes = new ArrayList<>();
    try {
      for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:" + BASE + pattern)) {
        String url = resource.getURL().toString();
        if (url.contains("/test-classes/")) {
          continue;
        }
        String name = url.substring(url.indexOf(BASE), url.length() - ".class".length()).replace('/', '.');
        classes.add(Class.forName(name, false, CodeSources.class.getClassLoader()));
      }
    } catch (IOException | ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    return classes;
  }
}
