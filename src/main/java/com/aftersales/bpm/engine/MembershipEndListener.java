package com.aftersales.bpm.engine;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * Told that a user is no longer a member of a group: an administrator removed them from it, or
 * deleted the user. Runs inside that command, so what it changes commits or rolls back with the
 * removal; throwing refuses the removal.
 */
@FunctionalInterface
public interface MembershipEndListener {

  void ended(End end);

  /**
   * @param remainingGroups the user's groups once the command is done (the engine's own queries
   *     still see the ended membership until the command ends)
   */
  record End(ProcessEngine engine, String userId, String groupId, List<String> remainingGroups) {}
}
