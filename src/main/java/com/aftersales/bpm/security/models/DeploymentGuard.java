package com.aftersales.bpm.security.models;

import com.aftersales.bpm.engine.DeploymentCheck;
import com.aftersales.bpm.security.models.ModelContentCheck.Finding;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.dmn.engine.impl.transform.DefaultDmnTransformer;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;

/**
 * Runs before the engine parses a deployment and refuses it as a whole, with a {@link
 * ParseException} (400 on the REST API, shown by Modeler with the element ids), when it is for a
 * tenant, a resource is not a model or form, the deployment is too large, or a model holds anything {@link
 * ModelContentCheck} refuses. Nothing of a refused deployment is stored or run.
 */
public class DeploymentGuard implements DeploymentCheck {

  private static final List<String> MODELS = List.of(".bpmn", ".bpmn20.xml");
  private static final List<String> DECISIONS = List.of(".dmn", ".dmn11.xml");
  private static final List<String> OTHERS = List.of(".form", ".png");

  private final ModelContentCheck check;
  private final long maxBytes;

  public DeploymentGuard(ModelContentCheck check, long maxBytes) {
    this.check = check;
    this.maxBytes = maxBytes;
  }

  @Override
  public void check(String deploymentName, String tenantId, Map<String, byte[]> resources) {
    if (tenantId != null) {
      // our processes start by key: a second tenant's version of one makes every such start ambiguous (a 500)
      throw refused(deploymentName, List.of(new Finding("(deployment)", "is for the tenant '" + tenantId
          + "'; the application runs without tenants: deploy without a tenant id")));
    }
    long total = resources.values().stream().mapToLong(bytes -> bytes == null ? 0 : bytes.length).sum();
    if (total > maxBytes) {
      throw refused(deploymentName, List.of(new Finding("(deployment)", "is " + total
          + " bytes; a deployment may have at most " + maxBytes + " bytes")));
    }
    for (Map.Entry<String, byte[]> resource : resources.entrySet()) {
      List<Finding> findings = findings(resource.getKey(), resource.getValue());
      if (!findings.isEmpty()) {
        throw refused(resource.getKey(), findings);
      }
    }
  }

  private List<Finding> findings(String resourceName, byte[] bytes) {
    String name = resourceName.toLowerCase(Locale.ROOT);
    try {
      if (MODELS.stream().anyMatch(name::endsWith)) {
        return check.bpmn(bytes);
      }
      if (DECISIONS.stream().anyMatch(name::endsWith)) {
        List<Finding> findings = check.dmn(bytes);
        return findings.isEmpty() ? unreadable(bytes) : findings;
      }
    } catch (IllegalArgumentException notXml) {
      return List.of(new Finding("(file)", notXml.getMessage()));
    }
    if (OTHERS.stream().anyMatch(name::endsWith)) {
      return List.of();
    }
    return List.of(new Finding("(file)", "is not a model, decision or form; a deployment may hold only "
        + ".bpmn, .dmn, .form and .png files"));
  }

  /**
   * The engine's own reading of a decision file (its DMN transform): what it cannot read would
   * otherwise fail the deployment as a 500 without a reason (ENGINE-22004).
   */
  private static List<Finding> unreadable(byte[] bytes) {
    try {
      new DefaultDmnTransformer().createTransform().modelInstance(new ByteArrayInputStream(bytes))
          .transformDecisionRequirementsGraph();
      return List.of();
    } catch (RuntimeException e) {
      Throwable cause = e;
      while (cause.getCause() != null) {
        cause = cause.getCause();
      }
      return List.of(new Finding("(file)", "cannot be read as a decision: " + cause.getMessage()));
    }
  }

  private static ParseException refused(String resource, List<Finding> findings) {
    List<Problem> problems = new ArrayList<>();
    StringBuilder message = new StringBuilder("Deployment refused: ").append(resource).append(':');
    for (Finding f : findings) {
      problems.add(new RefusedElement(f.elementId() + " " + f.message(), f.elementId()));
      message.append("\n- ").append(f.elementId()).append(' ').append(f.message());
    }
    return new ParseException(message.toString(), resource, problems, List.of());
  }

  /** A refused element as the engine reports parse errors (REST "details", Modeler's problem list). */
  private record RefusedElement(String message, String elementId) implements Problem {
    @Override
    public String getMessage() {
      return message;
    }

    @Override
    public String getMainElementId() {
      return elementId;
    }

    @Override
    public int getLine() {
      return 0;
    }

    @Override
    public int getColumn() {
      return 0;
    }

    @Override
    public List<String> getElementIds() {
      return List.of(elementId);
    }
  }
}
