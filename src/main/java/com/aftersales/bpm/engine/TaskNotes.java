package com.aftersales.bpm.engine;

import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Task;

/**
 * Comments and attachments on a task are for whom may work it ({@code TASK_WORK} or {@code UPDATE}
 * on the task: its candidates and assignee, ADR 2) and administrators; on a case itself, with no
 * task, for administrators only. The engine checks nothing on adding a comment or adding, renaming
 * and deleting an attachment, so the auditor, the store manager and the customer success managers,
 * who only read a case, could write into it, attach a link of their choosing (a phishing page) or
 * delete a colleague's attachment (ADR 23, amended). Refused with 403 before anything runs, as is a
 * note filed under another case than its task's. Changing or deleting a comment the engine checks
 * itself ({@code TASK_WORK}).
 */
final class TaskNotes extends UserCommandChecks {

  TaskNotes(Supplier<ProcessEngine> engine) {
    super(engine, false); // administrators are not checked
  }

  @Override
  boolean applies(Command<?> command) {
    return isNote(command);
  }

  /** Whether the command adds a comment or adds, renames or deletes an attachment. */
  static boolean isNote(Command<?> command) {
    return command instanceof AddCommentCmd || command instanceof CreateAttachmentCmd
        || command instanceof DeleteAttachmentCmd || command instanceof SaveAttachmentCmd;
  }

  @Override
  void check(ProcessEngine built, Command<?> command, Caller user) {
    IdentityService identity = built.getIdentityService();
    String taskId;
    String caseId = null;
    String what;
    if (command instanceof AddCommentCmd) {
      taskId = (String) field(AddCommentCmd.class, command, "taskId");
      caseId = (String) field(AddCommentCmd.class, command, "processInstanceId");
      what = "comment on ";
    } else if (command instanceof CreateAttachmentCmd) {
      taskId = (String) field(CreateAttachmentCmd.class, command, "taskId");
      caseId = (String) field(CreateAttachmentCmd.class, command, "processInstanceId");
      what = "attach to ";
    } else {
      String attachmentId = command instanceof SaveAttachmentCmd saved
          ? ((Attachment) field(SaveAttachmentCmd.class, saved, "attachment")).getId()
          : (String) field(DeleteAttachmentCmd.class, command, "attachmentId");
      Attachment stored = AsApplication.call(identity, () -> built.getTaskService().getAttachment(attachmentId));
      if (stored == null) {
        return; // the engine says there is no such attachment
      }
      // deleting by task and attachment id, the engine deletes only an attachment of that task
      String named = command instanceof DeleteAttachmentCmd ? (String) field(DeleteAttachmentCmd.class, command,
          "taskId") : null;
      taskId = named == null || named.isBlank() ? stored.getTaskId() : named;
      caseId = taskId == null ? stored.getProcessInstanceId() : null;
      what = "change the attachments of ";
    }
    if (taskId == null && caseId == null) {
      return; // the engine refuses a note on nothing
    }
    if (taskId == null) {
      throw refused(user, what + "case " + caseId
          + ": only an administrator writes on a case outside its tasks");
    }
    String onTask = taskId;
    Task task = AsApplication.call(identity,
        () -> built.getTaskService().createTaskQuery().taskId(onTask).singleResult());
    if (task == null || !mayWork(built.getAuthorizationService(), identity, user, taskId)) {
      throw refused(user, what + "task " + taskId
          + ": comments and attachments are for those who may work the task");
    }
    if (caseId != null && !caseId.equals(task.getProcessInstanceId())) {
      throw refused(user, what + "task " + taskId + " under case " + caseId + ", which is not the task's");
    }
  }

  private static boolean mayWork(AuthorizationService authorizations, IdentityService identity, Caller user,
      String taskId) {
    return AsApplication.call(identity, () -> authorizations.isUserAuthorized(user.userId(), user.groups(),
        TaskPermissions.TASK_WORK, Resources.TASK, taskId) || authorizations.isUserAuthorized(user.userId(),
        user.groups(), Permissions.UPDATE, Resources.TASK, taskId));
  }

  private static AuthorizationException refused(Caller user, String what) {
    return new AuthorizationException("User '" + user.userId() + "' may not " + what);
  }
}
