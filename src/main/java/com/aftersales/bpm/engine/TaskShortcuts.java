package com.aftersales.bpm.engine;

import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * Refuses a logged-in user's BPMN error or escalation on a task ({@code /task/{id}/bpmnError} and
 * {@code /bpmnEscalation} on both REST roots, and the Java API): 403, nothing runs. The engine lets
 * anyone who may complete a task throw them, without its form: an error that no event catches ends
 * the whole case, and an escalation can set off a model's crisis path or end a joint decision. Our
 * models throw errors and escalations themselves; a person leaves a task only by completing it.
 */
final class TaskShortcuts extends UserCommandChecks {

  TaskShortcuts(Supplier<ProcessEngine> engine) {
    super(engine);
  }

  @Override
  boolean applies(Command<?> command) {
    return command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd;
  }

  @Override
  void check(ProcessEngine built, Command<?> command, Caller user) {
    boolean error = command instanceof HandleTaskBpmnErrorCmd;
    Object taskId = field(error ? HandleTaskBpmnErrorCmd.class : HandleTaskEscalationCmd.class, command, "taskId");
    throw new AuthorizationException("User '" + user.userId() + "' may not throw a BPMN "
        + (error ? "error" : "escalation") + " on task " + taskId
        + ": a task is finished by completing its form; errors and escalations are the process model's own");
  }
}
