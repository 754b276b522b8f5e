package com.aftersales.bpm.common;

import com.aftersales.bpm.engine.AsApplication;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;

/**
 * A decision table matched no rule. When an input the table reads straight from a variable had no
 * value, whoever started the case or completed the task left that variable out: the request's fault,
 * a 400 naming the variables on the REST API ({@link RequestFaultMapper}). With every such input
 * given, the table has a gap: the model's fault, a 500 on a request and an incident on a job.
 */
public class NoMatchingRule extends ProcessEngineException {

  private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final List<String> missingInputs;

  private NoMatchingRule(String message, List<String> missingInputs) {
    super(message);
    this.missingInputs = List.copyOf(missingInputs);
  }

  /** The no-match of {@code decision} (its key) in the business rule task {@code execution} is at. */
  public static NoMatchingRule in(DelegateExecution execution, String decision) {
    List<String> missing = inputVariables(execution.getProcessEngineServices(), decision).stream()
        .filter(name -> execution.getVariable(name) == null).toList();
    return new NoMatchingRule("Decision " + decision + " matched no rule in " + execution.getCurrentActivityId()
        + " of case " + execution.getProcessBusinessKey()
        + (missing.isEmpty() ? "" : ": no value for " + String.join(", ", missing)), missing);
  }

  /** The variables the table reads that had no value; empty when the table itself has a gap. */
  public List<String> missingInputs() {
    return missingInputs;
  }

  /** The variables the latest version of the table reads directly (inputs that are a plain name), read as the application. */
  private static List<String> inputVariables(ProcessEngineServices engine, String decision) {
    return AsApplication.call(engine.getIdentityService(), () -> {
      DecisionDefinition definition = engine.getRepositoryService().createDecisionDefinitionQuery()
          .decisionDefinitionKey(decision).latestVersion().singleResult();
      if (definition == null) {
        return List.of();
      }
      DmnModelInstance model = engine.getRepositoryService().getDmnModelInstance(definition.getId());
      Decision found = model.getModelElementById(decision);
      Collection<Input> inputs = found != null && found.getExpression() instanceof DecisionTable table
          ? table.getInputs() : List.of();
      return inputs.stream().map(input -> input.getInputExpression().getText().getTextContent().strip())
          .filter(text -> VARIABLE.matcher(text).matches()).distinct().toList();
    });
  }
}
