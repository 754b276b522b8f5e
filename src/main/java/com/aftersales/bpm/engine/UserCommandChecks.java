package com.aftersales.bpm.engine;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.HasDbRevision;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Checks a command of a logged-in user before it runs, when it comes from outside the engine (the
 * REST APIs, Tasklist, the Java API) and not from inside another command: the base of the form
 * checks on completions ({@link TaskSubmissions}) and on starts ({@link StartSubmissions}), of the
 * bounds of task work ({@link TaskWorkBounds}) and of {@link CurrentGroups}. Code running without a
 * logged-in user is not checked.
 */
abstract class UserCommandChecks extends CommandInterceptor {

  private final Supplier<ProcessEngine> engine;
  private final boolean administratorsToo;

  UserCommandChecks(Supplier<ProcessEngine> engine) {
    this(engine, true);
  }

  /** Checks that let administrators ({@code camunda-admin}) through unless {@code administratorsToo}. */
  UserCommandChecks(Supplier<ProcessEngine> engine, boolean administratorsToo) {
    this.engine = engine;
    this.administratorsToo = administratorsToo;
  }

  @Override
  public <T> T execute(Command<T> command) {
    ProcessEngine built = engine.get();
    if (built != null && Context.getCommandContext() == null && applies(command)) {
      Caller user = Caller.of(built.getIdentityService());
      if (user != null && (administratorsToo || !user.isAdmin())) {
        try {
          check(built, command, user);
        } catch (AuthorizationException refused) {
          EngineRefusals.remember(refused); // 403 also where the REST API rewrites the refusal
          throw refused;
        }
        return proceed(built, command, user);
      }
    }
    return next.execute(command);
  }

  /** Runs a command the checks let through: as it is, or without the engine's authorization check. */
  <T> T proceed(ProcessEngine built, Command<T> command, Caller user) {
    return next.execute(runsWithoutAuthorizationCheck(built, command, user) ? withoutAuthorizationCheck(command)
        : command);
  }

  /**
   * Whether a checked command runs without the engine's authorization check: for what these checks
   * allow although the engine's permissions would not. It still runs as the user (the operation log
   * names them).
   */
  boolean runsWithoutAuthorizationCheck(ProcessEngine built, Command<?> command, Caller user) {
    return false;
  }

  private static <T> Command<T> withoutAuthorizationCheck(Command<T> command) {
    return context -> {
      context.disableAuthorizationCheck();
      try {
        return command.execute(context);
      } finally {
        context.enableAuthorizationCheck();
      }
    };
  }

  /** Whether this is a command these checks are about. */
  abstract boolean applies(Command<?> command);

  /** Throws to refuse the command; nothing has run yet. */
  abstract void check(ProcessEngine built, Command<?> command, Caller user);

  /**
   * A protected field of an engine command, which offers no getter for it: an engine upgrade that
   * renames it fails here, loudly, instead of letting the command through unchecked.
   */
  static Object field(Class<?> type, Command<?> command, String name) {
    try {
      Field field = type.getDeclaredField(name);
      field.setAccessible(true);
      return field.get(command);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("this engine version's " + type.getSimpleName() + " has no field "
          + name + "; adapt the engine adapter's command checks", e);
    }
  }

  /** Whether a user, group or tenant a command saves is a new one: the engine inserts an entity of revision 0 and updates any other. */
  static boolean created(Object saved) {
    return saved instanceof HasDbRevision entity && entity.getRevision() == 0;
  }

  /** The variables a command carries, none as an empty map. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> variables(Object variables) {
    return variables == null ? Map.of() : (Map<String, Object>) variables;
  }
}
