package com.aftersales.bpm.benchmark;

import static com.aftersales.bpm.benchmark.StepTimes.step;

import com.aftersales.bpm.common.Customer;
import com.aftersales.bpm.common.Vehicle;
import com.aftersales.bpm.parts.PartArrival;
import com.aftersales.bpm.parts.PartShortageReport;
import com.aftersales.bpm.parts.PartShortageService;
import com.aftersales.bpm.parts.VehicleCondition;
import com.aftersales.bpm.rescue.NpsResponse;
import com.aftersales.bpm.rescue.ReRating;
import com.aftersales.bpm.rescue.ReRatingService;
import com.aftersales.bpm.rescue.SurveyIntakeService;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.ApplicationContext;

/**
 * A full rescue (grade S, response SLA missed, plan above authority and approved, call-back
 * reminder, re-rating, review) and a full parts-shortage order (L1: take-over, expectation, one
 * 17:00 update, arrival, repair, handover, no survey answer), each run the same way on our model
 * and on its bare twin: every user task completed with its form data, every timer executed
 * (ManagementService.executeJob, not waited for), the asynchronous continuations run after each
 * step as the job executor would. Ours starts and takes outside events through our services; the
 * bare twin starts with the variables ours ended with (what its DMN tables and listeners set) and
 * takes the events as plain message correlations. The forms' data: {@link LifecycleForms}; each
 * step of a parts order timed when asked: {@link StepTimes}.
 */
final class Lifecycles {

  enum Side { OURS, BARE }

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final HistoryService history;
  private final SurveyIntakeService intake;
  private final ReRatingService reRatings;
  private final PartShortageService shortages;
  /** The bare twins' start variables, taken from a finished case of ours. */
  VariableMap bareRescue;
  VariableMap bareParts;

  Lifecycles(ApplicationContext context) {
    runtime = context.getBean(RuntimeService.class);
    tasks = context.getBean(TaskService.class);
    management = context.getBean(ManagementService.class);
    history = context.getBean(HistoryService.class);
    intake = context.getBean(SurveyIntakeService.class);
    reRatings = context.getBean(ReRatingService.class);
    shortages = context.getBean(PartShortageService.class);
  }

  /** Deploys the bare twins of both lifecycles in {@code context}; the lifecycles of that application. */
  static Lifecycles withBareTwins(ApplicationContext context) throws Exception {
    BareModels.deploy(context, "lowScoreRescue");
    BareModels.deploy(context, "partsShortageEscalation");
    return new Lifecycles(context);
  }

  /** Runs one case of ours of each kind and keeps its variables as the bare twins' start. */
  Lifecycles learnBareStarts(String prefix) {
    bareRescue = endVariables(rescue(Side.OURS, prefix + "-LEARN-R"));
    bareRescue.putValue("reRating", "WAITING"); // what the await listener sets when the wait is reached
    bareParts = endVariables(parts(Side.OURS, prefix + "-LEARN-P"));
    bareParts.putValue("partArrival", "WAITING");
    return this;
  }

  static NpsResponse survey(String surveyId, Instant answeredAt) {
    return new NpsResponse(surveyId, answeredAt.atOffset(ZoneOffset.ofHours(8)), 2, "waited too long", null,
        new Customer("C-" + surveyId, "王先生", "+86 138 0000 0000", false),
        new NpsResponse.Vehicle("Model Y", "京A12345", null), false);
  }

  /** @return the process instance id; the case has ended */
  String rescue(Side side, String surveyId) {
    Instant answered = Instant.now().minus(Duration.ofMinutes(5));
    String id = side == Side.OURS ? intake.receive(survey(surveyId, answered), null).result().processInstanceId()
        : runtime.createProcessInstanceByKey(BareModels.PREFIX + "lowScoreRescue").businessKey(surveyId)
            .setVariables(bareRescue).setVariable("surveyId", surveyId).setVariable("bareDue", Date.from(answered.plus(Duration.ofHours(72))))
            .execute().getId();
    continuations(id);
    fire(id, "Timer_ResponseSla");
    complete(id, "Task_HandleMissedResponse", LifecycleForms.RESCUE);
    complete(id, "Task_FirstContact", LifecycleForms.RESCUE, "promisedCallbackAt", Date.from(Instant.now().plus(Duration.ofHours(20))));
    complete(id, "Task_Investigate", LifecycleForms.RESCUE);
    complete(id, "Task_DesignSolution", LifecycleForms.RESCUE);
    complete(id, "Task_ApproveCompensation", LifecycleForms.RESCUE);
    fire(id, "Timer_PromisedCallback");
    complete(id, "Task_ExecuteAndFollowUp", LifecycleForms.RESCUE);
    if (side == Side.OURS) {
      reRatings.receive(surveyId, new ReRating(9, OffsetDateTime.now()));
    } else {
      runtime.createMessageCorrelation("ReRatingReceived").processInstanceId(id)
          .setVariable("reRatingScore", 9).setVariable("reRatedAt", new Date()).correlate();
    }
    continuations(id);
    fire(id, "Timer_ReviewDue");
    complete(id, "Task_ReviewAndImprove", LifecycleForms.RESCUE);
    ended(id);
    return id;
  }

  /** @return the process instance id; the case has ended */
  String parts(Side side, String repairOrderId) {
    Instant reported = Instant.now().minus(Duration.ofMinutes(5));
    String id = step(side, "report (start)", () -> side == Side.OURS
        ? shortages.report(new PartShortageReport(repairOrderId, reported.atOffset(ZoneOffset.ofHours(8)),
            new PartShortageReport.Customer("C-" + repairOrderId, "张女士", "+86 139 0000 0000", false, false),
            new Vehicle("Model 3", "沪A12345"), new PartShortageReport.Part("SCREEN-15", "Centre screen"),
            VehicleCondition.CANNOT_DRIVE, null), null).result().processInstanceId()
        : runtime.createProcessInstanceByKey(BareModels.PREFIX + "partsShortageEscalation").businessKey(repairOrderId)
            .setVariables(bareParts).setVariable("repairOrderId", repairOrderId)
            .setVariable("bareDue", Date.from(reported.plus(Duration.ofHours(4)))).execute().getId());
    step(side, "continuations after the start", () -> continuations(id));
    step(side, "Task_ManagerTakeOver", () -> complete(id, "Task_ManagerTakeOver", LifecycleForms.PARTS));
    // within the latest promise the risk table allows (maxPromise, P7D), or the form is refused
    String promised = LocalDate.now().plusDays(5).toString();
    step(side, "Task_SetExpectation", () -> complete(id, "Task_SetExpectation", Map.of(), "promisedDate", promised,
        "worstCaseDate", promised, "customerOption", "A_LEAVE_CAR", "waitingBenefit", "LOANER", "commitmentsExplained", true));
    step(side, "StartEvent_UpdateDue", () -> fire(id, "StartEvent_UpdateDue"));
    step(side, "Task_ProactiveUpdate", () -> complete(id, "Task_ProactiveUpdate", LifecycleForms.PARTS));
    step(side, "arrival", () -> {
      if (side == Side.OURS) {
        shortages.partArrived(repairOrderId, new PartArrival(OffsetDateTime.now()));
      } else {
        runtime.createMessageCorrelation("PartArrived").processInstanceId(id).setVariable("partArrivedAt", new Date())
            .correlate();
      }
      continuations(id);
    });
    step(side, "Task_Repair", () -> complete(id, "Task_Repair", LifecycleForms.PARTS));
    step(side, "Task_ManagerHandover", () -> complete(id, "Task_ManagerHandover", LifecycleForms.PARTS));
    step(side, "Timer_NoSurvey", () -> fire(id, "Timer_NoSurvey"));
    ended(id);
    return id;
  }

  private VariableMap endVariables(String processInstanceId) {
    VariableMap start = Variables.createVariables();
    for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
        .disableCustomObjectDeserialization().list()) {
      if (processInstanceId.equals(v.getActivityInstanceId()) && !LifecycleForms.DRIVEN.contains(v.getName())) {
        start.putValueTyped(v.getName(), v.getTypedValue());
      }
    }
    return start;
  }

  private void complete(String id, String taskKey, Map<String, Map<String, Object>> forms, Object... more) {
    Task task = tasks.createTaskQuery().processInstanceId(id).taskDefinitionKey(taskKey).singleResult();
    if (task == null) {
      throw new IllegalStateException(taskKey + " is not open in " + id + " (" + runtime.createProcessInstanceQuery()
          .processInstanceId(id).singleResult() + ")");
    }
    VariableMap values = Variables.fromMap(forms.getOrDefault(taskKey, Map.of()));
    for (int i = 0; i < more.length; i += 2) {
      values.putValue((String) more[i], more[i + 1]);
    }
    tasks.complete(task.getId(), values);
    continuations(id);
  }

  private void fire(String id, String activityId) {
    List<Job> timers = management.createJobQuery().processInstanceId(id).activityId(activityId).timers().list();
    if (timers.isEmpty()) {
      throw new IllegalStateException("no timer " + activityId + " in " + id);
    }
    timers.forEach(job -> management.executeJob(job.getId()));
    continuations(id);
  }

  /** The asynchronous continuations (notifications; on the bare twin the same jobs doing nothing). */
  private void continuations(String id) {
    for (List<Job> jobs = pending(id); !jobs.isEmpty(); jobs = pending(id)) {
      jobs.forEach(job -> management.executeJob(job.getId()));
    }
  }

  private List<Job> pending(String id) {
    return management.createJobQuery().processInstanceId(id).messages().withRetriesLeft().list();
  }

  private void ended(String id) {
    if (runtime.createProcessInstanceQuery().processInstanceId(id).count() > 0) {
      throw new IllegalStateException("case " + id + " has not ended: open "
          + tasks.createTaskQuery().processInstanceId(id).list().stream().map(Task::getTaskDefinitionKey).toList()
          + ", jobs " + management.createJobQuery().processInstanceId(id).list().stream().map(Job::getId).toList());
    }
  }
}
