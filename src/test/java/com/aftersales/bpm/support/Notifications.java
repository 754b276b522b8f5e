package com.aftersales.bpm.support;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;

/**
 * Notification tasks run after the case's transaction has committed (asynchronous before, see the
 * element template {@code .camunda/element-templates/send-notification.json}): the engine leaves a
 * job at each. With no job executor (process tests, the application tests) this delivers them, as
 * the job executor would a moment later.
 */
public final class Notifications {

  /** The delegate every notification task calls. */
  static final String DELEGATE = "${sendNotification}";
  /** More rounds than any of our models needs; a loop beyond it is a bug in a model. */
  private static final int MAX_ROUNDS = 100;

  private Notifications() {}

  /** Delivers the pending notifications of the instance and its sub-process instances (process tests). */
  public static int deliverAll(ProcessInstance processInstance) {
    return deliverAll(BpmnAwareTests.processEngine(), processInstance.getId());
  }

  /**
   * Executes the jobs waiting at notification tasks of the instance and of its called instances,
   * until none is left.
   *
   * @return how many notifications were delivered
   */
  public static int deliverAll(ProcessEngine engine, String processInstanceId) {
    int delivered = 0;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      List<Job> pending = pending(engine, processInstanceId);
      if (pending.isEmpty()) {
        return delivered;
      }
      for (Job job : pending) {
        engine.getManagementService().executeJob(job.getId());
        delivered++;
      }
    }
    throw new IllegalStateException("notifications of " + processInstanceId + " keep coming");
  }

  private static List<Job> pending(ProcessEngine engine, String processInstanceId) {
    List<Job> jobs = new ArrayList<>();
    for (String instance : withCalledInstances(engine, processInstanceId)) {
      for (Job job : engine.getManagementService().createJobQuery().processInstanceId(instance).messages()
          .withRetriesLeft().list()) {
        if (isNotificationTask(engine, job)) {
          jobs.add(job);
        }
      }
    }
    return jobs;
  }

  private static List<String> withCalledInstances(ProcessEngine engine, String processInstanceId) {
    List<String> ids = new ArrayList<>(List.of(processInstanceId));
    for (int i = 0; i < ids.size(); i++) {
      engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(ids.get(i)).list()
          .forEach(called -> ids.add(called.getId()));
    }
    return ids;
  }

  private static boolean isNotificationTask(ProcessEngine engine, Job job) {
    String activityId = engine.getManagementService().createJobDefinitionQuery()
        .jobDefinitionId(job.getJobDefinitionId()).singleResult().getActivityId();
    Object element = engine.getRepositoryService().getBpmnModelInstance(job.getProcessDefinitionId())
        .getModelElementById(activityId);
    return element instanceof ServiceTask task && DELEGATE.equals(task.getCamundaDelegateExpression());
  }
}
