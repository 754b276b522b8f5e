package com.aftersales.bpm.review;

import com.aftersales.bpm.common.ModelBean;
import static com.aftersales.bpm.review.ActionVariables.ACTION_OWNER;
import static com.aftersales.bpm.review.ActionVariables.OWNER_IS_GROUP;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/** Gives "carry out the improvement action" to its owner: a person, or every member of a group. */
@ModelBean("assignActionOwner")
public class AssignActionOwnerListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String owner = ACTION_OWNER.get(task);
    if (OWNER_IS_GROUP.optional(task).orElse(false)) {
      task.addCandidateGroup(owner);
    } else {
      task.setAssignee(owner);
    }
  }
}
