package com.aftersales.bpm.rescue;

import static com.aftersales.bpm.rescue.RescueVariables.ACTIONS;

import com.aftersales.bpm.common.ImprovementActionCheck;
import com.aftersales.bpm.common.ModelBean;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Step 6's improvement actions (SPEC 1.3 step 6, "system improvements", and SPEC 3: an action has a
 * concrete action, an owner, a deadline and an acceptance criterion — all four): checked as the
 * joint review checks its own ({@link ImprovementActionCheck}); none is fine, as not every case
 * needs one. The checked list ({@code actions}) is what the rescue starts tracking (ADR 0053).
 */
@ModelBean("checkImprovementActions")
public class CheckImprovementActionsListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    ACTIONS.set(task.getExecution(), ImprovementActionCheck.actions(task, false));
  }
}
