package com.aftersales.bpm.security;

import com.aftersales.bpm.common.Groups;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * New tasks give their assignee and candidates {@code TASK_WORK} (claim and complete through the
 * form) instead of the engine's default {@code UPDATE} (set any variable, reassign, delete). Tasks
 * created before that setting still carry {@code UPDATE}; this narrows them once at start.
 */
@Component
public class TaskPermissionUpgrade implements InitializingBean {

  private static final Logger LOG = LoggerFactory.getLogger(TaskPermissionUpgrade.class);

  private final AuthorizationService authorizations;

  public TaskPermissionUpgrade(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  @Override
  public void afterPropertiesSet() {
    List<Authorization> wide = authorizations.createAuthorizationQuery().resourceType(Resources.TASK)
        .hasPermission(Permissions.UPDATE).list().stream()
        .filter(a -> a.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT && !"*".equals(a.getResourceId())
            && !Groups.ADMIN.equals(a.getGroupId()))
        .toList();
    for (Authorization grant : wide) {
      grant.removePermission(Permissions.UPDATE);
      grant.addPermission(TaskPermissions.TASK_WORK);
      authorizations.saveAuthorization(grant);
    }
    if (!wide.isEmpty()) {
      LOG.info("{} task grants narrowed from UPDATE to TASK_WORK", wide.size());
    }
  }
}
