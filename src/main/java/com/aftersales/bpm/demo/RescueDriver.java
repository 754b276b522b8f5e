package com.aftersales.bpm.demo;

import static com.aftersales.bpm.rescue.RescueModel.*;
import static com.aftersales.bpm.rescue.RescueVariables.HOME_VISIT_REQUIRED;

import com.aftersales.bpm.common.CentreTimeZone;
import com.aftersales.bpm.common.Customer;
import com.aftersales.bpm.rescue.NpsResponse;
import com.aftersales.bpm.rescue.ReRating;
import com.aftersales.bpm.rescue.ReRatingService;
import com.aftersales.bpm.rescue.SurveyIntakeService;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import com.aftersales.bpm.engine.EngineClock;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Runs a rescue through the real intake and process with the engine's clock moved to each step's
 * time, completing each task as the responsible person would, with plausible form data
 * ({@link RescueForms}). A first contact later than the grade's deadline is preceded by the response
 * SLA timer firing and the escalation being handled, as with a running job executor, unless the
 * script turns timers off.
 * Used by the demo data command and by the report's tests. Leaves the engine clock reset.
 *
 * <p>Notifications run after the case's step has committed (asynchronous jobs). The demo data runs
 * without a job executor, as do the tests, so the driver delivers them at each step itself.
 */
@Component
public class RescueDriver {

  private final SurveyIntakeService intake;
  private final ReRatingService reRatings;
  private final TaskService tasks;
  private final ManagementService management;
  private final IdentityService identity;
  private final CentreTimeZone centre;

  public RescueDriver(SurveyIntakeService intake, ReRatingService reRatings, TaskService tasks,
      ManagementService management, IdentityService identity, CentreTimeZone centre) {
    this.intake = intake;
    this.reRatings = reRatings;
    this.tasks = tasks;
    this.management = management;
    this.identity = identity;
    this.centre = centre;
  }

  /** @return the rescue's process instance id */
  public String run(String surveyId, Instant answeredAt, String customer, RescueScript script) {
    try {
      at(answeredAt);
      String id = intake.receive(new NpsResponse(surveyId, centreTime(answeredAt), script.score(),
          "等待时间太长 / waited too long", null, new Customer("C-" + surveyId, customer, "+86 138 0000 0000",
              false), new NpsResponse.Vehicle("Model Y", "京A" + Math.floorMod(surveyId.hashCode(), 90000) + 10000, null), false), null).result().processInstanceId();
      deliverNotifications(id);
      Instant contact = answeredAt.plus(Duration.ofMinutes(Math.round(script.hoursToFirstContact() * 60)));
      Job responseSla = management.createJobQuery().processInstanceId(id).activityId(RESPONSE_SLA_TIMER).singleResult();
      if (script.timersFire() && responseSla != null && contact.isAfter(responseSla.getDuedate().toInstant())) {
        // the job executor fires the timer at the grade's deadline; the escalation group acts on it
        at(responseSla.getDuedate().toInstant());
        execute(id, RESPONSE_SLA_TIMER);
        complete(id, MISSED_RESPONSE_TASK, null, RescueForms.escalation());
      }
      at(contact);
      complete(id, FIRST_CONTACT_TASK, null, RescueForms.firstContact(contact));
      if (!script.finished()) {
        return id;
      }
      at(contact.plus(Duration.ofHours(3)));
      complete(id, INVESTIGATE_TASK, null, RescueForms.investigation(script));
      complete(id, DESIGN_SOLUTION_TASK, null, RescueForms.solution(script));
      if (script.aboveAuthority()) {
        complete(id, APPROVE_COMPENSATION_TASK, null, RescueForms.approval());
      }
      at(contact.plus(Duration.ofHours(20)));
      complete(id, EXECUTE_AND_FOLLOW_UP_TASK, null, RescueForms.followUp(script, homeVisitRequired(id)));
      if (script.reRating() != null) {
        Instant reRated = contact.plus(Duration.ofHours(30));
        at(reRated);
        reRatings.receive(surveyId, new ReRating(script.reRating(), centreTime(reRated)));
        deliverNotifications(id);
      } else if (!script.churned()) {
        at(contact.plus(Duration.ofDays(8)));
        execute(id, RE_RATING_WAIT_TIMER);
      }
      at(answeredAt.plus(Duration.ofDays(9)));
      execute(id, REVIEW_DUE_TIMER);
      complete(id, REVIEW_AND_IMPROVE_TASK, null, RescueForms.review());
      return id;
    } finally {
      EngineClock.reset();
    }
  }

  /** A time as the survey system sends it: with the centre's offset. */
  private OffsetDateTime centreTime(Instant instant) {
    return instant.atZone(centre.zone()).toOffsetDateTime();
  }

  private static void at(Instant instant) {
    EngineClock.set(instant);
  }

  /** Whether the grade expects a home visit (npsAlertGrade), as the follow-up form shows it. */
  private boolean homeVisitRequired(String processInstanceId) {
    Object required = tasks.getVariable(open(processInstanceId, EXECUTE_AND_FOLLOW_UP_TASK).getId(),
        HOME_VISIT_REQUIRED.name());
    return Boolean.TRUE.equals(HOME_VISIT_REQUIRED.convert(required));
  }

  private Task open(String processInstanceId, String taskKey) {
    Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).singleResult();
    if (task == null) {
      throw new IllegalStateException(taskKey + " is not open in " + processInstanceId);
    }
    return task;
  }

  /** Claims for the user (or the first candidate user found) and completes, as Tasklist would. */
  private void complete(String processInstanceId, String taskKey, String user, Map<String, Object> variables) {
    Task task = open(processInstanceId, taskKey);
    String worker = user != null ? user : candidate(task);
    if (worker != null) {
      tasks.claim(task.getId(), worker);
    }
    tasks.complete(task.getId(), variables);
    deliverNotifications(processInstanceId);
  }

  private String candidate(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream().filter(l -> l.getGroupId() != null)
        .map(l -> identity.createUserQuery().memberOfGroup(l.getGroupId()).listPage(0, 1))
        .filter(users -> !users.isEmpty()).map(users -> users.get(0).getId()).findFirst().orElse(null);
  }

  private void execute(String processInstanceId, String activityId) {
    for (Job job : management.createJobQuery().processInstanceId(processInstanceId).activityId(activityId).list()) {
      management.executeJob(job.getId());
    }
    deliverNotifications(processInstanceId);
  }

  /**
   * Runs the jobs the case's notification tasks left (the only asynchronous continuations of the
   * rescue), until none is left, as the job executor would right after the step.
   */
  private void deliverNotifications(String processInstanceId) {
    for (List<Job> pending = pendingNotifications(processInstanceId); !pending.isEmpty();
        pending = pendingNotifications(processInstanceId)) {
      pending.forEach(job -> management.executeJob(job.getId()));
    }
  }

  private List<Job> pendingNotifications(String processInstanceId) {
    return management.createJobQuery().processInstanceId(processInstanceId).messages().withRetriesLeft().list();
  }
}
