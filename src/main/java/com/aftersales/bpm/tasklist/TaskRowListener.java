package com.aftersales.bpm.tasklist;

import com.aftersales.bpm.common.CustomerVariables;
import com.aftersales.bpm.common.ProcessVariable;
import com.aftersales.bpm.parts.PartsVariables;
import com.aftersales.bpm.rescue.RescueVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Gives every new user task the task-local copies of {@link TaskRowVariables}, taken from its case
 * at creation: the customer, the business key, the grade or the risk level (those a case has).
 */
public class TaskRowListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    if (task.getExecution() == null) {
      return; // a stand-alone task has no case
    }
    VariableScope caseScope = task.getExecution();
    set(task, TaskRowVariables.CASE, task.getExecution().getProcessBusinessKey());
    set(task, TaskRowVariables.CUSTOMER, CustomerVariables.CUSTOMER_NAME.optional(caseScope).orElse(null));
    set(task, TaskRowVariables.GRADE, RescueVariables.GRADE.optional(caseScope).orElse(null));
    String level = PartsVariables.RISK_LEVEL.optional(caseScope).orElse(null);
    boolean vip = PartsVariables.VIP_HANDLING.optional(caseScope).orElse(false);
    set(task, TaskRowVariables.RISK_LEVEL, level == null ? null : vip ? level + " · VIP" : level);
  }

  private static void set(DelegateTask task, ProcessVariable<String> row, String value) {
    if (value != null && !value.isBlank()) {
      row.setLocal(task, value);
    }
  }
}
