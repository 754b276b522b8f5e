package com.aftersales.bpm.review;

import static com.aftersales.bpm.review.ReviewVariables.ACTIONS;

import com.aftersales.bpm.common.ImprovementActionCheck;
import com.aftersales.bpm.common.ModelBean;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Server-side check of "design solutions" (SPEC 3 step 4): every action has an action, an owner
 * (a user or a group), a deadline and an acceptance criterion — all four, or it is not an action —
 * and the review commits at least one ({@link ImprovementActionCheck}, which the rescue's review
 * shares). Builds the list the commit step tracks.
 */
@ModelBean("checkActions")
public class CheckActionsListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    ACTIONS.set(task.getExecution(), ImprovementActionCheck.actions(task, true));
  }
}
