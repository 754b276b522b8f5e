package com.aftersales.bpm.engine;

import java.util.function.Supplier;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.impl.cmd.CreateMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.CreateTenantGroupMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.CreateTenantUserMembershipCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * Adding a user to a group they are already in, or a user or group to a tenant it is already in,
 * is a 400 that says so: the engine inserts the membership again and the database's key refuses
 * it, which the REST APIs (Admin's too) answer with a 500 and no reason. Checked before anything is
 * written, and again when the insert fails: the same membership added twice at once (a double
 * click) passes the check twice, and the second insert is refused by the key; that one gets the
 * same 400.
 */
final class MembershipsOnce extends UserCommandChecks {

  MembershipsOnce(Supplier<ProcessEngine> engine) {
    super(engine);
  }

  @Override
  boolean applies(Command<?> command) {
    return command instanceof CreateMembershipCmd || command instanceof CreateTenantUserMembershipCmd
        || command instanceof CreateTenantGroupMembershipCmd;
  }

  @Override
  void check(ProcessEngine built, Command<?> command, Caller user) {
    IdentityService identity = built.getIdentityService();
    if (command instanceof CreateMembershipCmd) {
      String userId = (String) field(CreateMembershipCmd.class, command, "userId");
      String groupId = (String) field(CreateMembershipCmd.class, command, "groupId");
      refuseIf(userId != null && groupId != null && AsApplication.call(identity,
          () -> identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0),
          "User '" + userId + "' is already a member of group '" + groupId + "'");
    } else if (command instanceof CreateTenantUserMembershipCmd) {
      String tenantId = (String) field(CreateTenantUserMembershipCmd.class, command, "tenantId");
      String userId = (String) field(CreateTenantUserMembershipCmd.class, command, "userId");
      refuseIf(tenantId != null && userId != null && AsApplication.call(identity,
          () -> identity.createTenantQuery().tenantId(tenantId).userMember(userId).count() > 0),
          "User '" + userId + "' is already a member of tenant '" + tenantId + "'");
    } else {
      String tenantId = (String) field(CreateTenantGroupMembershipCmd.class, command, "tenantId");
      String groupId = (String) field(CreateTenantGroupMembershipCmd.class, command, "groupId");
      refuseIf(tenantId != null && groupId != null && AsApplication.call(identity,
          () -> identity.createTenantQuery().tenantId(tenantId).groupMember(groupId).count() > 0),
          "Group '" + groupId + "' is already a member of tenant '" + tenantId + "'");
    }
  }

  @Override
  <T> T proceed(ProcessEngine built, Command<T> command, Caller user) {
    try {
      return super.proceed(built, command, user);
    } catch (ProcessEnginePersistenceException lost) {
      check(built, command, user); // another request added it since the check: say so
      throw lost;
    }
  }

  private static void refuseIf(boolean refused, String message) {
    if (refused) {
      throw new BadUserRequestException(message);
    }
  }
}
