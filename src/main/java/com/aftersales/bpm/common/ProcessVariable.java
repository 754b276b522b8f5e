package com.aftersales.bpm.common;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * A process variable's name and Java type in one place, so code reads and writes variables
 * through typed handles instead of string literals (ADR 0017). Reading never loses information:
 * <ul>
 *   <li>{@link #get} and {@link #from} throw naming the variable when it is not set;
 *       {@link #optional} and {@link #optionalFrom} are for values that may legitimately be absent;</li>
 *   <li>a value of another type is refused naming the variable, the expected and the actual type;</li>
 *   <li>numbers are converted exactly or refused (a form sends 3 as a Long or 3.0 as a Double: both
 *       read as Integer 3; 3.5 never does);</li>
 *   <li>an enum is stored as its name (a plain string that expressions compare and Cockpit shows),
 *       never as a serialized Java object, and an unknown name is refused; an amount
 *       ({@link BigDecimal}) as the plain number a form sends.</li>
 * </ul>
 */
public record ProcessVariable<T>(String name, Class<T> type) {

  public ProcessVariable {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }

  public static <T> ProcessVariable<T> of(String name, Class<T> type) {
    return new ProcessVariable<>(name, type);
  }

  /** The value in this scope or its parents; throws naming the variable when it is not set. */
  public T get(VariableScope scope) {
    return required(scope.getVariable(name));
  }

  public Optional<T> optional(VariableScope scope) {
    return Optional.ofNullable(convert(scope.getVariable(name)));
  }

  /** The value of this scope only (e.g. a task's own variable); empty when the scope has none. */
  public Optional<T> optionalLocal(VariableScope scope) {
    return Optional.ofNullable(convert(scope.getVariableLocal(name)));
  }

  /** The value in a map (e.g. variables read from history); throws naming the variable when absent. */
  public T from(Map<String, ?> variables) {
    return required(variables.get(name));
  }

  public Optional<T> optionalFrom(Map<String, ?> variables) {
    return Optional.ofNullable(convert(variables.get(name)));
  }

  public void set(VariableScope scope, T value) {
    scope.setVariable(name, stored(value));
  }

  /** Sets the value on this scope only (e.g. a task's own variable), not on the case. */
  public void setLocal(VariableScope scope, T value) {
    scope.setVariableLocal(name, stored(value));
  }

  /** Adds the value to the map; a null is stored as a null so expressions can test it. */
  public VariableMap putIn(VariableMap variables, T value) {
    return variables.putValue(name, stored(value));
  }

  /**
   * The stored form of a value: an enum's name; an amount ({@link BigDecimal}, which the engine
   * has no type for and would keep as a serialized object) as a form's number field sends it, a
   * {@code Long} when whole, else a {@code Double}; anything else as it is.
   */
  public static Object stored(Object value) {
    if (value instanceof BigDecimal amount) {
      try {
        return amount.longValueExact();
      } catch (ArithmeticException notWhole) {
        return amount.doubleValue();
      }
    }
    return value instanceof Enum<?> constant ? constant.name() : value;
  }

  /** A raw stored value as this variable's type (null stays null), or refused naming the variable. */
  public T convert(Object value) {
    if (value == null || type.isInstance(value)) {
      return type.cast(value);
    }
    if (type.isEnum() && value instanceof String constant) {
      return enumConstant(constant);
    }
    if (Number.class.isAssignableFrom(type) && value instanceof Number number) {
      return type.cast(ExactNumbers.convert(number, type, this::refused));
    }
    throw refused(value, "");
  }

  private T required(Object value) {
    T converted = convert(value);
    if (converted == null) {
      throw new IllegalStateException("Process variable '" + name + "' is not set");
    }
    return converted;
  }

  private T enumConstant(String constant) {
    for (T candidate : type.getEnumConstants()) {
      if (((Enum<?>) candidate).name().equals(constant)) {
        return candidate;
      }
    }
    throw refused(constant, " (not one of " + Arrays.toString(type.getEnumConstants()) + ")");
  }

  private IllegalStateException refused(Object value, String why) {
    return new IllegalStateException("Process variable '" + name + "' should be a " + type.getSimpleName()
        + " but is the " + value.getClass().getSimpleName() + " " + value + why);
  }

  /** Exact conversions between the number types a form, the engine or a DMN table produce. */
  static final class ExactNumbers {

    interface Refusal {
      IllegalStateException refuse(Object value, String why);
    }

    private ExactNumbers() {}

    static Object convert(Number number, Class<?> target, Refusal refusal) {
      boolean floating = number instanceof Double || number instanceof Float;
      if (floating && !Double.isFinite(number.doubleValue())) {
        if (target == Double.class || target == Float.class) {
          return target == Double.class ? (Object) number.doubleValue() : (Object) number.floatValue();
        }
        throw refusal.refuse(number, " (not a finite number)");
      }
      BigDecimal exact = floating ? new BigDecimal(number.doubleValue()) : exact(number, refusal);
      try {
        if (target == Long.class) {
          return exact.longValueExact();
        } else if (target == Integer.class) {
          return exact.intValueExact();
        } else if (target == Short.class) {
          return exact.shortValueExact();
        } else if (target == Byte.class) {
          return exact.byteValueExact();
        } else if (target == BigInteger.class) {
          return exact.toBigIntegerExact();
        } else if (target == BigDecimal.class) {
          // a double means the decimal it prints as (0.1, not 0.1000000000000000055…)
          return floating ? BigDecimal.valueOf(number.doubleValue()) : exact;
        } else if (target == Double.class || target == Float.class) {
          return floatingExact(number, exact, target, refusal);
        }
      } catch (ArithmeticException e) {
        throw refusal.refuse(number, exact.stripTrailingZeros().scale() > 0
            ? " (not a whole number)" : " (out of range)");
      }
      throw refusal.refuse(number, "");
    }

    private static BigDecimal exact(Number number, Refusal refusal) {
      if (number instanceof BigDecimal decimal) {
        return decimal;
      } else if (number instanceof BigInteger integer) {
        return new BigDecimal(integer);
      } else if (number instanceof Long || number instanceof Integer || number instanceof Short
          || number instanceof Byte) {
        return BigDecimal.valueOf(number.longValue());
      }
      throw refusal.refuse(number, " (an unsupported kind of number)");
    }

    private static Object floatingExact(Number number, BigDecimal exact, Class<?> target, Refusal refusal) {
      if (target == Double.class) {
        double value = number.doubleValue();
        if (number instanceof Float || new BigDecimal(value).compareTo(exact) == 0
            || number instanceof BigDecimal && BigDecimal.valueOf(value).compareTo(exact) == 0) {
          return value;
        }
      } else {
        float value = number.floatValue();
        if (new BigDecimal(value).compareTo(exact) == 0) {
          return value;
        }
      }
      throw refusal.refuse(number, " (not exactly a " + target.getSimpleName() + ")");
    }
  }
}
