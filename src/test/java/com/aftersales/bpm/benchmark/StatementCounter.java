package com.aftersales.bpm.benchmark;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the application runs, by kind ("insert ACT_HI_VARINST"), while
 * {@link #counting} is on: the DataSource bean is wrapped, and a connection taken while counting
 * counts every execute and every batched row of its prepared statements. Off, connections are the
 * pool's own.
 */
final class StatementCounter implements BeanPostProcessor {

  private static final Pattern KIND = Pattern.compile(
      "^\\s*(?:(update)\\s+([A-Za-z_.]+)|(select|insert|delete)\\b.*?\\b(?:from|into)\\s+([A-Za-z_.]+))",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  static volatile boolean counting;
  private static final Map<String, LongAdder> COUNTS = new ConcurrentHashMap<>();
  /** Time spent in each kind's executions (and batch executions), nanoseconds. */
  private static final Map<String, LongAdder> NANOS = new ConcurrentHashMap<>();

  @Override
  public Object postProcessAfterInitialization(Object bean, String name) {
    if (!(bean instanceof DataSource pool)) {
      return bean;
    }
    return Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
        (proxy, method, args) -> {
          Object result = invoke(pool, method, args);
          return counting && result instanceof Connection c ? connection(c) : result;
        });
  }

  static void reset() {
    COUNTS.clear();
    NANOS.clear();
  }

  /** Nanoseconds spent executing each kind so far. */
  static Map<String, Long> nanos() {
    Map<String, Long> sorted = new TreeMap<>();
    NANOS.forEach((kind, n) -> sorted.put(kind, n.sum()));
    return sorted;
  }

  /** The counts so far, by kind, sorted by kind. */
  static Map<String, Long> counts() {
    Map<String, Long> sorted = new TreeMap<>();
    COUNTS.forEach((kind, n) -> sorted.put(kind, n.sum()));
    return sorted;
  }

  private static Connection connection(Connection raw) {
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          Object result = invoke(raw, method, args);
          if (result instanceof PreparedStatement statement && args != null && args[0] instanceof String sql) {
            return statement(statement, kind(sql));
          }
          return result;
        });
  }

  private static PreparedStatement statement(PreparedStatement raw, String kind) {
    return (PreparedStatement) Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
        new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
          String name = method.getName();
          if ((name.startsWith("execute") && !name.equals("executeBatch")) || name.equals("addBatch")) {
            COUNTS.computeIfAbsent(kind, k -> new LongAdder()).increment();
          }
          if (!name.startsWith("execute")) {
            return invoke(raw, method, args);
          }
          long t0 = System.nanoTime();
          try {
            return invoke(raw, method, args);
          } finally {
            NANOS.computeIfAbsent(kind, k -> new LongAdder()).add(System.nanoTime() - t0);
          }
        });
  }

  static String kind(String sql) {
    Matcher m = KIND.matcher(sql);
    if (!m.find()) {
      return sql.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
    }
    return m.group(1) != null ? "update " + m.group(2).toUpperCase(Locale.ROOT)
        : m.group(3).toLowerCase(Locale.ROOT) + " " + m.group(4).toUpperCase(Locale.ROOT);
  }

  private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
