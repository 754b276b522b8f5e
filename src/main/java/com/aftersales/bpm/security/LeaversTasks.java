package com.aftersales.bpm.security;

import com.aftersales.bpm.engine.EngineCommand;
import com.aftersales.bpm.engine.MembershipEndListener;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * Staff who leave a group (removed from it, or deleted) keep no work of it: each open task of that
 * group they had claimed goes back to the group unclaimed, so a colleague picks it up, and the
 * engine's grant to work it, which claiming gave them and which outlives the membership, is taken
 * away; in the removal's own transaction. A task they may still work through another of their
 * groups stays as it is.
 */
final class LeaversTasks implements MembershipEndListener {

  @Override
  public void ended(End end) {
    String userId = end.userId();
    TaskService tasks = end.engine().getTaskService();
    AuthorizationService authorizations = end.engine().getAuthorizationService();
    EngineCommand.withoutAuthorization(() -> {
      List<Authorization> grants = authorizations.createAuthorizationQuery()
          .authorizationType(Authorization.AUTH_TYPE_GRANT).resourceType(Resources.TASK).userIdIn(userId).list();
      Set<String> taskIds = new LinkedHashSet<>();
      grants.forEach(grant -> taskIds.add(grant.getResourceId()));
      tasks.createTaskQuery().taskAssignee(userId).list().forEach(task -> taskIds.add(task.getId()));
      for (String taskId : taskIds) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task != null && leftWith(tasks.getIdentityLinksForTask(taskId), end)) {
          if (userId.equals(task.getAssignee())) {
            tasks.setAssignee(taskId, null);
          }
          grants.stream().filter(grant -> taskId.equals(grant.getResourceId()))
              .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
        }
      }
      return null;
    });
  }

  /** Whether the task is the ended group's and the user is no longer among its candidates. */
  private static boolean leftWith(List<IdentityLink> links, End end) {
    List<IdentityLink> candidates = links.stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .toList();
    return candidates.stream().anyMatch(link -> end.groupId().equals(link.getGroupId()))
        && candidates.stream().noneMatch(link -> end.userId().equals(link.getUserId())
            || link.getGroupId() != null && end.remainingGroups().contains(link.getGroupId()));
  }
}
