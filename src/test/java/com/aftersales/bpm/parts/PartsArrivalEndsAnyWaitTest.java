package com.aftersales.bpm.parts;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import com.aftersales.bpm.support.PartsModels;
import com.aftersales.bpm.support.PartsOrderDriver;
import com.aftersales.bpm.support.ProcessTestSupport;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Nothing from outside is refused (SPEC 2, the part's arrival): whatever the staff have open while
 * the order waits, the part arriving ends the wait and every task of it, and the order goes to the
 * repair; only an answer owed to a customer who called stays owed (it is not the wait's, seed 003). A check that reads a form when its task ends refused this arrival while "explain the
 * delay" was open (the part came, the integrator got a 400, the order waited on).
 */
class PartsArrivalEndsAnyWaitTest extends PartsModels {

  @RegisterExtension
  static final ProcessTestSupport engine = ProcessTestSupport.coverageRecorded();

  @Test
  void thePartArrivingWhileEveryKindOfWaitingTaskIsOpenEndsThemAllAndGoesToTheRepair() {
    PartsOrderDriver o = PartsOrderDriver.report("RO-ALL-OPEN", DAY0, "MINOR", false);
    o.setExpectation("2026-03-04");
    o.advanceTo(o.at(3.05)); // the promise broke at midnight, the day-3 update fell due at 09:00
    o.customerContact("请问配件什么时候到?", 1); // a contact to answer
    o.customerContact("再不给准信我就投诉,你们根本不负责任", 2); // a crisis
    List<String> open = openTasks(o);
    Assertions.assertThat(open).as("every kind of task the wait opens").contains("Task_ProactiveUpdate",
        "Task_ExplainDelay", "Task_AnswerCustomer", "Task_ManagerCall", "Task_EmergencyTransfer", "Task_UpgradeCompensation");

    o.partArrives();

    assertThat(o.order).hasPassed("Event_PartArrived").isWaitingAt("Task_Repair");
    Assertions.assertThat(openTasks(o)).as("nothing of the wait is left open; the customer's answer is still owed")
        .containsExactly("Task_AnswerCustomer", "Task_Repair");
  }

  private static List<String> openTasks(PartsOrderDriver o) {
    return taskService().createTaskQuery().processInstanceId(o.order.getId()).list().stream()
        .map(Task::getTaskDefinitionKey).sorted().toList();
  }
}
