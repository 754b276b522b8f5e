package com.aftersales.bpm.promise;

import static com.aftersales.bpm.promise.PromiseVariables.CHECKLIST_ID;

import com.aftersales.bpm.common.IntakeRecords;
import com.aftersales.bpm.common.ModelBean;
import com.aftersales.bpm.engine.Caller;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * A special promise is pre-approved by someone other than who posted its checklist (SPEC 6: the
 * service manager checks what sales is about to promise): a user in both groups, sales and service
 * manager, cannot approve, change or refuse their own, nor claim it (as assignment listener): a claim
 * would leave every other service manager unable to decide it. Completions by the application are
 * not judged.
 */
@ModelBean("checkPromiseApprover")
public class CheckPromiseApproverListener implements TaskListener {

  private final IntakeRecords records;

  public CheckPromiseApproverListener(IntakeRecords records) {
    this.records = records;
  }

  @Override
  public void notify(DelegateTask task) {
    String approver = TaskListener.EVENTNAME_ASSIGNMENT.equals(task.getEventName()) ? task.getAssignee()
        : Caller.userIdOf(task.getProcessEngineServices().getIdentityService());
    String checklistId = CHECKLIST_ID.get(task);
    if (approver != null
        && approver.equals(records.receivedBy(CustomerPromiseService.CHECKLIST.name(), checklistId).orElse(null))) {
      throw new AuthorizationException("User '" + approver + "' posted checklist " + checklistId
          + " and cannot pre-approve its promise: another service manager decides it");
    }
  }
}
