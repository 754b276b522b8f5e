package com.aftersales.bpm.engine;

import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;

/**
 * The engine's default grants for a task's assignee and candidates, the runtime task only. With
 * historic instance permissions on (ADR 0032), the default would also give each of them READ on
 * the task's history, and through it on every historic variable of the whole case: a group that
 * reads no history today would read every case it was ever a candidate in, and each task would
 * write one grant row more per candidate. History is read through a definition's READ_HISTORY or a
 * grant on one case, never through having been a candidate.
 */
final class RuntimeTaskGrants extends DefaultAuthorizationProvider {

  @Override
  protected boolean isHistoricInstancePermissionsEnabled() {
    return false;
  }
}
