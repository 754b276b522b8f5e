package com.aftersales.bpm.rescue;

import static com.aftersales.bpm.rescue.RescueModel.GRADING_DECISION;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableInputImpl;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

/**
 * Which process a survey starts: the latest deployed npsAlertGrade table, asked in memory and not
 * recorded in the decision history, because the process it starts grades the case again in its own
 * first step, recorded there (ADR 10). The table reads a few plain variables (score, flags), so
 * its answer is kept per table version and those inputs. A table whose inputs are expressions is
 * asked every time.
 */
@Component
class IntakeRouting {

  private static final Pattern PLAIN_VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final RepositoryService repository;
  private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private final Map<String, Table> tables = new ConcurrentHashMap<>();
  private final Map<List<Object>, DmnDecisionResultEntries> answers = new ConcurrentHashMap<>();

  IntakeRouting(RepositoryService repository) {
    this.repository = repository;
  }

  private record Table(DmnDecision decision, List<String> inputs) {}

  /** The table's single result for these variables; null when no rule matched. */
  DmnDecisionResultEntries grade(VariableMap variables) {
    DecisionDefinition latest = repository.createDecisionDefinitionQuery().decisionDefinitionKey(GRADING_DECISION)
        .latestVersion().singleResult();
    Table table = tables.computeIfAbsent(latest.getId(), id -> parse(latest));
    if (table.inputs() == null) {
      return dmn.evaluateDecision(table.decision(), variables).getSingleResult();
    }
    List<Object> key = new ArrayList<>();
    key.add(latest.getId());
    table.inputs().forEach(input -> key.add(variables.get(input)));
    DmnDecisionResultEntries known = answers.get(key);
    if (known != null) {
      return known;
    }
    DmnDecisionResultEntries answer = dmn.evaluateDecision(table.decision(), variables).getSingleResult();
    if (answer != null && answers.size() < 10_000) {
      answers.put(key, answer);
    }
    return answer;
  }

  private Table parse(DecisionDefinition definition) {
    try (InputStream model = repository.getDecisionModel(definition.getId())) {
      DmnDecision decision = dmn.parseDecision(GRADING_DECISION, model);
      List<String> inputs = new ArrayList<>();
      if (decision.getDecisionLogic() instanceof DmnDecisionTableImpl logic) {
        for (DmnDecisionTableInputImpl input : logic.getInputs()) {
          String expression = input.getExpression().getExpression();
          if (expression == null || !PLAIN_VARIABLE.matcher(expression.strip()).matches()) {
            return new Table(decision, null);
          }
          inputs.add(expression.strip());
        }
        return new Table(decision, inputs);
      }
      return new Table(decision, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
