package com.aftersales.bpm.security;

import com.aftersales.bpm.common.Groups;
import com.aftersales.bpm.parts.PartsModel;
import java.util.List;
import java.util.function.Consumer;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Narrows, once at start, the grants the engine gave by its defaults before we narrowed those:
 * <ul>
 *   <li>a task's assignee and candidates hold {@code TASK_WORK} (claim and complete through the
 *   form), not the default {@code UPDATE} (set any variable, reassign, delete);</li>
 *   <li>a user holds {@code READ} and {@code UPDATE} on their own account (name, e-mail,
 *   password), not the default {@code ALL}, which let staff delete their own account (ADR 0033).</li>
 * </ul>
 */
@Component
public class GrantUpgrade implements InitializingBean {

  private static final Logger LOG = LoggerFactory.getLogger(GrantUpgrade.class);

  private static final List<String> BATCH_READERS = List.of(Groups.SERVICE_ADVISOR, Groups.SERVICE_MANAGER,
      Groups.REGIONAL_MANAGER, Groups.PARTS_COORDINATOR);

  private final AuthorizationService authorizations;

  public GrantUpgrade(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  @Override
  public void afterPropertiesSet() {
    narrow("task", grants(Resources.TASK, Permissions.UPDATE).stream()
        .filter(grant -> !Groups.ADMIN.equals(grant.getGroupId())).toList(), grant -> {
          grant.removePermission(Permissions.UPDATE);
          grant.addPermission(TaskPermissions.TASK_WORK);
        });
    narrow("own account", grants(Resources.USER, Permissions.DELETE).stream()
        .filter(grant -> grant.getUserId() != null && grant.getUserId().equals(grant.getResourceId())).toList(),
        grant -> grant.setPermissions(new Permission[] {Permissions.READ, Permissions.UPDATE}));
    narrow("deployer", grants(Resources.DEPLOYMENT, Permissions.DELETE).stream()
        .filter(grant -> !Groups.ADMIN.equals(grant.getGroupId())).toList(),
        grant -> grant.removePermission(Permissions.DELETE));
    narrow("parts batch view", grants(Resources.PROCESS_DEFINITION, ProcessDefinitionPermissions.READ_INSTANCE).stream()
        .filter(grant -> PartsModel.PROCESS.equals(grant.getResourceId()) && BATCH_READERS.contains(grant.getGroupId()))
        .toList(), grant -> grant.removePermission(ProcessDefinitionPermissions.READ_INSTANCE));
  }

  /** The grants on single resources of this type that allow {@code permission}. */
  private List<Authorization> grants(Resources type, Permission permission) {
    return authorizations.createAuthorizationQuery().resourceType(type).hasPermission(permission).list().stream()
        .filter(a -> a.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT && !"*".equals(a.getResourceId()))
        .toList();
  }

  private void narrow(String what, List<Authorization> wide, Consumer<Authorization> narrowing) {
    for (Authorization grant : wide) {
      narrowing.accept(grant);
      authorizations.saveAuthorization(grant);
    }
    if (!wide.isEmpty()) {
      LOG.info("{} {} grants narrowed", wide.size(), what);
    }
  }
}
