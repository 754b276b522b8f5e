package com.aftersales.bpm.engine;

/**
 * Told that a user is no longer a member of a group: an administrator removed them from it, or
 * deleted the user. Runs inside that command, so what it changes commits or rolls back with the
 * removal; throwing refuses the removal.
 */
@FunctionalInterface
public interface MembershipEndListener {

  void ended(String userId, String groupId);
}
