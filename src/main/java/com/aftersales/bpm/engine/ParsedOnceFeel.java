package com.aftersales.bpm.engine;

import camundajar.impl.scala.collection.immutable.Map.Map1;
import camundajar.impl.scala.util.Either;
import camundajar.impl.scala.util.Left;
import camundajar.impl.scala.util.Right;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.ContextVariableWrapper;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.feel.FeelEngine.Failure;
import org.camunda.feel.context.Context;
import org.camunda.feel.context.CustomContext;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.syntaxtree.ParsedExpression;

/**
 * The decision tables' FEEL with each expression parsed once (ADR 0049). Camunda's
 * {@link ScalaFeelEngine} parses a cell's text again on every evaluation, and the parse was most of
 * a table's cost: a crisis check of 20 rules parsed about 60 cells per proactive update. Here the
 * parsed form is kept per text and evaluated exactly as Camunda does (same engine, functions, value
 * mappers and context); a text that does not parse fails as before, with Camunda's message.
 */
final class ParsedOnceFeel extends ScalaFeelEngine {

  /** Texts kept at the most: the deployed tables' cells; past it the cache starts again. */
  static final int MOST = 20_000;
  /** The name FEEL's unary tests read the cell's input from (Camunda's own). */
  private static final String INPUT = "inputVariableName";

  private final Map<String, ParsedExpression> expressions = new ConcurrentHashMap<>();
  private final Map<String, ParsedExpression> unaryTests = new ConcurrentHashMap<>();

  ParsedOnceFeel(List<FeelCustomFunctionProvider> functions) {
    super(functions);
  }

  /** Makes the DMN engine's FEEL this one, with the function providers the engine is given later. */
  static void install(DefaultDmnEngineConfiguration dmn) {
    dmn.setFeelEngineFactory(new FeelEngineFactory() {
      @Override
      public FeelEngine createInstance() {
        return new ParsedOnceFeel(dmn.getFeelCustomFunctionProviders());
      }
    });
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T evaluateSimpleExpression(String expression, VariableContext variables) {
    ParsedExpression parsed = parsed(expressions, expression, feelEngine::parseExpression);
    return (T) value(feelEngine.eval(parsed, context(new ContextVariableWrapper(variables))));
  }

  @Override
  public boolean evaluateSimpleUnaryTests(String tests, String inputName, VariableContext variables) {
    ParsedExpression parsed = parsed(unaryTests, tests, feelEngine::parseUnaryTests);
    VariableProvider input = new VariableProvider.StaticVariableProvider(new Map1<>(INPUT, inputName));
    VariableProvider both = new VariableProvider.CompositeVariableProvider(
        toScalaList(input, new ContextVariableWrapper(variables)));
    return Boolean.TRUE.equals(value(feelEngine.eval(parsed, context(both)))); // no match on null, as Camunda
  }

  /** How many parsed texts are kept (for the tests). */
  int kept() {
    return expressions.size() + unaryTests.size();
  }

  private static ParsedExpression parsed(Map<String, ParsedExpression> cache, String text,
      Function<String, Either<Failure, ParsedExpression>> parse) {
    ParsedExpression known = cache.get(text);
    if (known != null) {
      return known;
    }
    ParsedExpression parsed = (ParsedExpression) value(parse.apply(text)); // a failure is not kept
    if (cache.size() >= MOST) {
      cache.clear();
    }
    cache.put(text, parsed);
    return parsed;
  }

  private static Object value(Either<Failure, ?> result) {
    if (result instanceof Right<Failure, ?> right) {
      return right.value();
    }
    throw LOGGER.evaluationException(((Left<Failure, ?>) result).value().message());
  }

  private static Context context(VariableProvider variables) {
    return new CustomContext() {
      @Override
      public VariableProvider variableProvider() {
        return variables;
      }
    };
  }
}
