package com.aftersales.bpm.engine;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;

/**
 * Runs the {@link StartSubmissionCheck}s before a start command of a logged-in user, outside any
 * other command: {@code /process-definition/.../start} and the Java API's instantiation builder
 * ({@link StartProcessInstanceCmd}, {@link StartProcessInstanceAtActivitiesCmd} with start
 * instructions) and {@code /submit-form} ({@link SubmitStartFormCmd}), on both REST roots. The
 * engine keeps the definition and the variables in protected fields; this is the one place that
 * reads them.
 */
final class StartSubmissions extends UserCommandChecks {

  private final List<StartSubmissionCheck> checks;

  StartSubmissions(List<StartSubmissionCheck> checks, Supplier<ProcessEngine> engine) {
    super(engine);
    this.checks = List.copyOf(checks);
  }

  @Override
  boolean applies(Command<?> command) {
    return isStart(command);
  }

  static boolean isStart(Command<?> command) {
    return command instanceof StartProcessInstanceCmd || command instanceof StartProcessInstanceAtActivitiesCmd
        || command instanceof SubmitStartFormCmd;
  }

  @Override
  void check(ProcessEngine built, Command<?> command, Caller user) {
    String definitionId;
    Map<String, Object> variables;
    if (command instanceof SubmitStartFormCmd) {
      definitionId = (String) field(SubmitStartFormCmd.class, command, "processDefinitionId");
      variables = variables(field(SubmitStartFormCmd.class, command, "variables"));
    } else {
      ProcessInstantiationBuilderImpl builder = (ProcessInstantiationBuilderImpl) field(
          command instanceof StartProcessInstanceCmd ? StartProcessInstanceCmd.class
              : StartProcessInstanceAtActivitiesCmd.class, command, "instantiationBuilder");
      definitionId = builder.getProcessDefinitionId() != null ? builder.getProcessDefinitionId()
          : latestVersion(built, builder);
      variables = variables(builder.getVariables());
    }
    if (definitionId == null) {
      return; // no such process: the engine refuses the start itself
    }
    boolean atStartEvent = !(command instanceof StartProcessInstanceAtActivitiesCmd);
    checks.forEach(check -> check.check(built, definitionId, variables, atStartEvent, user));
  }

  /** The version a start by key runs (the latest, of the tenant if one is named), read as the application. */
  private static String latestVersion(ProcessEngine built, ProcessInstantiationBuilderImpl builder) {
    return AsApplication.call(built.getIdentityService(), () -> {
      ProcessDefinitionQuery query = built.getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey(builder.getProcessDefinitionKey()).latestVersion();
      if (builder.isProcessDefinitionTenantIdSet()) {
        query = builder.getProcessDefinitionTenantId() == null ? query.withoutTenantId()
            : query.tenantIdIn(builder.getProcessDefinitionTenantId());
      }
      List<ProcessDefinition> found = query.list();
      return found.size() == 1 ? found.get(0).getId() : null; // none or one per tenant: the engine decides
    });
  }
}
