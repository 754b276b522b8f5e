package com.aftersales.bpm.security;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import com.aftersales.bpm.common.Groups;
import com.aftersales.bpm.support.ProcessTestSupport;
import com.aftersales.bpm.support.RedAlertDriver;
import com.aftersales.bpm.support.RedAlertModels;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A leaver's claimed tasks go back to the group they left (the engine's grants are the
 * application tests', {@link StaffWhoLeaveTest}): a task they may still work through another
 * candidate group stays theirs, and colleagues' claims are untouched.
 */
class LeaversTasksTest extends RedAlertModels {

  @RegisterExtension
  static final ProcessTestSupport engine = ProcessTestSupport.coverageRecorded()
      .withUser("chen.two", Groups.STORE_MANAGER).withUser("chen.two", Groups.REGIONAL_MANAGER)
      .withUser("wu.sales", Groups.SALES).withUser("ma.delivery", Groups.DELIVERY);

  @Test
  void aClaimedTaskGoesBackOnlyWhenNoCandidateGroupOfTheLeaverIsLeft() {
    RedAlertDriver a = RedAlertDriver.raise("RA-LEAVER", FOUND, FOUND.plusSeconds(60), "NONE", "MINOR");
    a.advanceTo(a.minutes(31));
    execute(a.timer("StartEvent_WindowMissed"));
    String takeOver = a.task("Task_TakeDecisionOver").getId();
    taskService().claim(takeOver, "chen.two");

    identityService().deleteMembership("chen.two", Groups.STORE_MANAGER);
    Assertions.assertThat(assignee(takeOver)).as("still a regional manager").isEqualTo("chen.two");

    identityService().deleteMembership("chen.two", Groups.REGIONAL_MANAGER);
    Assertions.assertThat(assignee(takeOver)).as("back with the managers").isNull();
  }

  @Test
  void leavingOneDepartmentReleasesOnlyItsTasks() {
    RedAlertDriver a = RedAlertDriver.raise("RA-LEAVER-2", FOUND, FOUND.plusSeconds(60), "NONE", "MINOR");
    String sales = a.task("Task_SalesDecides").getId();
    String delivery = a.task("Task_DeliveryDecides").getId();
    taskService().claim(sales, "wu.sales");
    taskService().claim(delivery, "ma.delivery");

    identityService().deleteMembership("wu.sales", Groups.SALES);

    Assertions.assertThat(assignee(sales)).isNull();
    Assertions.assertThat(assignee(delivery)).as("a colleague's claim").isEqualTo("ma.delivery");
  }

  private static String assignee(String taskId) {
    return taskService().createTaskQuery().taskId(taskId).singleResult().getAssignee();
  }
}
