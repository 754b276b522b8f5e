package com.aftersales.bpm.engine;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;

/**
 * The engine's default grants, narrowed to what staff need:
 * <ul>
 *   <li>a task grants its assignee and candidates the runtime task only. With historic instance
 *   permissions on (ADR 0032), the default would also give each of them READ on the task's
 *   history, and through it on every historic variable of the whole case: a group that reads no
 *   history today would read every case it was ever a candidate in, and each task would write one
 *   grant row more per candidate. History is read through a definition's READ_HISTORY or a grant
 *   on one case, never through having been a candidate.</li>
 *   <li>a new user may read and update their own account (name, e-mail, password), where the
 *   default grants ALL, which lets staff delete their own account: that is an administrator's
 *   job (ADR 0033).</li>
 * </ul>
 */
final class DefaultGrants extends DefaultAuthorizationProvider {

  @Override
  protected boolean isHistoricInstancePermissionsEnabled() {
    return false;
  }

  @Override
  public AuthorizationEntity[] newUser(User user) {
    AuthorizationEntity own = createGrantAuthorization(user.getId(), null, Resources.USER, user.getId(),
        Permissions.READ, Permissions.UPDATE);
    return new AuthorizationEntity[] {own};
  }

  @Override
  public AuthorizationEntity[] newDeployment(Deployment deployment) {
    AuthorizationEntity[] grants = super.newDeployment(deployment); // null when no user deploys (the application)
    for (AuthorizationEntity grant : grants == null ? new AuthorizationEntity[0] : grants) {
      grant.removePermission(Permissions.DELETE);
    }
    return grants;
  }
}
