package com.aftersales.bpm.review;

import com.aftersales.bpm.engine.Caller;
import com.aftersales.bpm.common.ModelBean;
import static com.aftersales.bpm.review.ActionVariables.ACTION_OWNER;
import static com.aftersales.bpm.review.ActionVariables.OWNER_IS_GROUP;
import static com.aftersales.bpm.review.ActionVariables.VERIFIED_BY;

import com.aftersales.bpm.common.FormRuleViolation;
import com.aftersales.bpm.common.ImprovementActionCheck;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * An action closes only when someone other than its owner verifies it (SPEC 3): the owner, or a
 * member of the owning group, cannot complete the verification.
 */
@ModelBean("checkVerifier")
public class CheckVerifierListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    IdentityService identity = task.getProcessEngineServices().getIdentityService();
    String verifier = Caller.userIdOf(identity);
    if (verifier == null) {
      throw new FormRuleViolation("An improvement action must be verified by a logged-in person");
    }
    String owner = ACTION_OWNER.get(task);
    if (ImprovementActionCheck.isOwner(identity, verifier, owner, OWNER_IS_GROUP.optional(task).orElse(false))) {
      throw new FormRuleViolation("The owner of an improvement action (" + owner
          + ") cannot verify it: someone else checks it against its acceptance criterion");
    }
    VERIFIED_BY.set(task.getExecution(), verifier);
  }
}
