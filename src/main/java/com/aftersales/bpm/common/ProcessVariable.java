package com.aftersales.bpm.common;

import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * A process variable's name and Java type in one place, so code reads and writes variables
 * through typed handles instead of string literals. An enum is stored as its name (a plain string
 * that expressions compare and Cockpit shows), never as a serialized Java object.
 */
public record ProcessVariable<T>(String name, Class<T> type) {

  public static <T> ProcessVariable<T> of(String name, Class<T> type) {
    return new ProcessVariable<>(name, type);
  }

  public T get(VariableScope scope) {
    return cast(scope.getVariable(name));
  }

  public T from(Map<String, ?> variables) {
    return cast(variables.get(name));
  }

  public void set(VariableScope scope, T value) {
    scope.setVariable(name, stored(value));
  }

  /** Sets the value on this scope only (e.g. a task's own variable), not on the case. */
  public void setLocal(VariableScope scope, T value) {
    scope.setVariableLocal(name, stored(value));
  }

  /** Adds the value to the map; a null is stored as a typed null so expressions can test it. */
  public VariableMap putIn(VariableMap variables, T value) {
    return variables.putValue(name, stored(value));
  }

  private static Object stored(Object value) {
    return value instanceof Enum<?> constant ? constant.name() : value;
  }

  private T cast(Object value) {
    if (value == null) {
      return null;
    }
    if (type.isEnum() && value instanceof String constant) {
      return type.cast(enumConstant(constant));
    }
    // numbers typed in a form arrive as Long or Double; the value, not its box, is what counts
    if (type == Integer.class && value instanceof Number number) {
      return type.cast(number.intValue());
    }
    if (type == Long.class && value instanceof Number number) {
      boolean fraction = number instanceof Double || number instanceof Float;
      return type.cast(fraction ? Math.round(number.doubleValue()) : number.longValue());
    }
    return type.cast(value);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Object enumConstant(String constant) {
    return Enum.valueOf((Class<? extends Enum>) type, constant);
  }
}
