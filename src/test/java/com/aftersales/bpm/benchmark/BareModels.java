package com.aftersales.bpm.benchmark;

import com.aftersales.bpm.common.ModelBean;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.context.ApplicationContext;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The bare-engine twin of one of our models, made from the model as it is deployed: same ids,
 * flows, user tasks, gateways, timers, events and asynchronous continuations; without what calls
 * our code. Listeners and input/output parameters that name a {@link ModelBean} (or a DMN result)
 * are dropped, service, business-rule and send tasks do nothing ({@code ${null}}), SLA marks go,
 * and a date or duration our beans compute becomes a variable the start supplies
 * ({@code bareDue}, {@code bareDuration}, {@code bareCycle}). Deployed as {@code bare_<key>}.
 */
public final class BareModels {

  public static final String PREFIX = "bare_";
  private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  private static final Set<String> NO_OP = Set.of("serviceTask", "businessRuleTask", "sendTask");
  private static final Set<String> CALLS = Set.of("class", "delegateExpression", "expression", "resultVariable",
      "decisionRef", "decisionRefBinding", "decisionRefVersion", "decisionRefTenantId", "mapDecisionResult",
      "type", "topic", "modelerTemplate", "modelerTemplateVersion");

  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{[^}]*\\}");
  private final Pattern ours;

  /** @param beanNames the names of our {@link ModelBean}s */
  public BareModels(java.util.Collection<String> beanNames) {
    List<String> names = new ArrayList<>(beanNames);
    names.add("decisionResult");
    this.ours = Pattern.compile("(?<![\\w.'\"])(" + String.join("|", names) + ")\\b");
  }

  /** The {@link ModelBean}s' names, found on the class path (for a test that runs no application). */
  public static Set<String> beanNamesOnClassPath() {
    var scanner = new org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new org.springframework.core.type.filter.AnnotationTypeFilter(ModelBean.class));
    return scanner.findCandidateComponents("com.aftersales.bpm").stream().map(bean -> {
      try {
        return Class.forName(bean.getBeanClassName()).getAnnotation(ModelBean.class).value();
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }).collect(Collectors.toSet());
  }

  /** Deploys the bare twin of the latest {@code key}; returns the twin's key. */
  static String deploy(ApplicationContext context, String key) throws Exception {
    RepositoryService repository = context.getBean(RepositoryService.class);
    ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(key)
        .latestVersion().singleResult();
    try (InputStream xml = repository.getResourceAsStream(definition.getDeploymentId(), definition.getResourceName())) {
      String bare = new BareModels(context.getBeansWithAnnotation(ModelBean.class).keySet()).bare(new String(xml.readAllBytes(), StandardCharsets.UTF_8));
      repository.createDeployment().name("bare engine benchmark").enableDuplicateFiltering(true)
          .addString(PREFIX + key + ".bpmn", bare).deploy();
    }
    return PREFIX + key;
  }

  /** The bare twin of a BPMN model. */
  public String bare(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    List<Element> all = new ArrayList<>();
    NodeList nodes = doc.getElementsByTagName("*");
    for (int i = 0; i < nodes.getLength(); i++) {
      all.add((Element) nodes.item(i));
    }
    for (Element e : all) {
      String ns = e.getNamespaceURI();
      String name = e.getLocalName();
      if (CAMUNDA.equals(ns) && (name.endsWith("Listener") || name.endsWith("Parameter"))) {
        if (callsOurs(e.getTextContent()) || callsOurs(attributes(e))) {
          e.getParentNode().removeChild(e);
        }
      } else if (CAMUNDA.equals(ns) && (name.equals("properties") || name.equals("field") || name.equals("connector"))) {
        e.getParentNode().removeChild(e); // the SLA marks our parse listeners read; delegate fields
      } else if (BPMN.equals(ns) && name.equals("process")) {
        rename(doc, e.getAttribute("id"));
      } else if (BPMN.equals(ns) && NO_OP.contains(name)) {
        CALLS.forEach(attribute -> e.removeAttributeNS(CAMUNDA, attribute));
        e.setAttributeNS(CAMUNDA, "camunda:expression", "${null}");
      } else if (BPMN.equals(ns) && Set.of("timeDate", "timeDuration", "timeCycle").contains(name)
          && callsOurs(e.getTextContent())) {
        e.setTextContent(name.equals("timeDate") ? "${bareDue}" : name.equals("timeCycle") ? "${bareCycle}" : "${bareDuration}");
      } else if (BPMN.equals(ns) && name.equals("conditionExpression") && callsOurs(e.getTextContent())) {
        throw new IllegalStateException("a condition calls our code: " + e.getTextContent());
      }
    }
    for (Element e : all) {
      for (String date : List.of("dueDate", "followUpDate")) {
        if (callsOurs(e.getAttributeNS(CAMUNDA, date))) {
          e.setAttributeNS(CAMUNDA, "camunda:" + date, "${bareDue}");
        }
      }
    }
    StringWriter out = new StringWriter();
    TransformerFactory.newInstance().newTransformer().transform(new DOMSource(doc), new StreamResult(out));
    String result = out.toString();
    var expressions = EXPRESSION.matcher(result);
    while (expressions.find()) {
      if (ours.matcher(expressions.group()).find()) {
        throw new IllegalStateException("the bare model still calls our code: " + expressions.group());
      }
    }
    return result;
  }

  private static void rename(Document doc, String id) {
    NodeList nodes = doc.getElementsByTagName("*");
    for (int i = 0; i < nodes.getLength(); i++) {
      Element e = (Element) nodes.item(i);
      for (String attribute : List.of("id", "bpmnElement", "processRef")) {
        if (id.equals(e.getAttribute(attribute))) {
          e.setAttribute(attribute, PREFIX + id);
        }
      }
    }
  }

  private boolean callsOurs(String text) {
    if (text == null) {
      return false;
    }
    var expressions = EXPRESSION.matcher(text);
    while (expressions.find()) {
      if (ours.matcher(expressions.group()).find()) {
        return true;
      }
    }
    return false;
  }

  private static String attributes(Element e) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < e.getAttributes().getLength(); i++) {
      Node attribute = e.getAttributes().item(i);
      text.append(((Attr) attribute).getValue()).append(' ');
    }
    return text.toString();
  }
}
