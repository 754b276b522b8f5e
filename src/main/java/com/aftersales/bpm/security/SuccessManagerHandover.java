package com.aftersales.bpm.security;

import com.aftersales.bpm.common.CustomerVariables;
import com.aftersales.bpm.common.Groups;
import com.aftersales.bpm.common.HistoricVariables;
import com.aftersales.bpm.engine.CaseHistoryGrant;
import com.aftersales.bpm.engine.MembershipEndListener;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * A customer success manager who leaves the group customer-success (removed from it, or deleted)
 * hands their customers' cases to the group: the history grant each case gave them as the CRM's
 * named manager (ADR 0032) becomes the group's, in the same transaction as the removal, so nobody
 * keeps reading customers who are no longer theirs and no case is left without a reader. A grant
 * an administrator gave the user on some other case is left as it is.
 */
final class SuccessManagerHandover implements MembershipEndListener {

  @Override
  public void ended(End end) {
    if (!Groups.CUSTOMER_SUCCESS.equals(end.groupId())) {
      return;
    }
    String userId = end.userId();
    ProcessEngine services = end.engine();
    List<String> granted = CaseHistoryGrant.casesOf(services, userId);
    HistoricVariables.of(services.getHistoryService(), granted, CustomerVariables.SUCCESS_MANAGER.name())
        .forEach((caseId, variables) -> {
          if (CustomerVariables.SUCCESS_MANAGER.optionalFrom(variables).map(String::strip).filter(userId::equals)
              .isPresent()) {
            CaseHistoryGrant.handOver(services, caseId, userId, Groups.CUSTOMER_SUCCESS);
          }
        });
  }
}
