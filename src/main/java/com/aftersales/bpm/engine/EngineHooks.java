package com.aftersales.bpm.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.camunda.bpm.engine.delegate.TaskListener;

/** The hooks an {@link EngineExtension} registers; {@link EngineHooksPlugin} installs them in the engine. */
public final class EngineHooks {

  final List<CaseWatcher> caseWatchers = new ArrayList<>();
  final List<UserTaskListener> userTaskListeners = new ArrayList<>();
  final List<CaseEventListener> caseEventListeners = new ArrayList<>();
  final List<BiConsumer<String, Long>> occurrences = new ArrayList<>();
  final List<DeploymentCheck> deploymentChecks = new ArrayList<>();
  final List<TaskSubmissionCheck> submissionChecks = new ArrayList<>();
  final List<StartSubmissionCheck> startChecks = new ArrayList<>();
  final List<MembershipEndListener> membershipEndListeners = new ArrayList<>();
  final List<Consumer<String>> accountDeletedListeners = new ArrayList<>();
  boolean boundTaskWork;
  boolean adminSetsEmails;
  boolean membershipsOnce;
  boolean identityChecks;
  boolean guardJobs;
  boolean notesByTaskWorkers;
  final Set<String> keptGroups = new HashSet<>();
  Map<Object, Object> expressionBeans;
  Duration minimumTimerCycle;
  int maximumCallDepth;

  record UserTaskListener(String event, TaskListener listener) {}

  /** Told of every deployed process, its start and each SLA deadline missed ({@link SlaTimers}). */
  public void caseWatcher(CaseWatcher watcher) {
    caseWatchers.add(watcher);
  }

  /** Added to every user task of every deployed model, for the task event {@code event}. */
  public void userTaskListener(String event, TaskListener listener) {
    userTaskListeners.add(new UserTaskListener(event, listener));
  }

  /** Told of the cases' history events, in the command that causes them ({@link HistoryFeed}). */
  public void caseEventListener(CaseEventListener listener) {
    caseEventListeners.add(listener);
  }

  /** Told of every count the engine marks in its metrics (name, times), as it happens. */
  public void metricOccurrences(BiConsumer<String, Long> listener) {
    occurrences.add(listener);
  }

  /** Runs before the engine parses a deployment; throws to refuse it as a whole. */
  public void deploymentCheck(DeploymentCheck check) {
    deploymentChecks.add(check);
  }

  /**
   * A case started by calls more than {@code levels} deep is refused as it starts (see {@code
   * CallDepth}): two deployments whose processes call each other would start cases without end.
   */
  public void maximumCallDepth(int levels) {
    maximumCallDepth = levels;
  }

  /** Runs before the engine completes a task for a logged-in user; throws to refuse the completion. */
  public void taskSubmissionCheck(TaskSubmissionCheck check) {
    submissionChecks.add(check);
  }

  /**
   * Bounds what working a task lets a logged-in user do: claim it for themselves, release their own
   * claim, complete it; no BPMN error or escalation thrown on it (see {@code TaskWorkBounds}); and
   * working a task or starting a case counts only the groups the user is still in ({@code
   * CurrentGroups}), not those a webapp session read at login.
   */
  public void boundTaskWork() {
    boundTaskWork = true;
  }

  /**
   * Only administrators change a job that belongs to no process, such as the nightly history
   * cleanup (see {@code StandaloneJobs}), and a user's refused run of a job costs it no retry
   * ({@code RefusedJobRuns}).
   */
  public void guardJobs() {
    guardJobs = true;
  }

  /**
   * Only who may work a task comments on it and adds or deletes its attachments; on a case itself
   * only administrators (see {@code TaskNotes}).
   */
  public void notesByTaskWorkers() {
    notesByTaskWorkers = true;
  }

  /** Staff may not change their own e-mail address, where alerts go (see {@code OwnEmailCheck}). */
  public void adminSetsEmails() {
    adminSetsEmails = true;
  }

  /**
   * Adding a user to a group they are already in, or a user or group to a tenant, is a 400 (see
   * {@code MembershipsOnce}).
   */
  public void membershipsOnce() {
    membershipsOnce = true;
  }

  /**
   * What an administrator saves in Admin fits the engine's tables ({@code IdentityValueLengths}), a
   * new user may not take a group's id nor a new group a user's ({@code DistinctIdentityIds}), and
   * an authorization that exists is not made again ({@code AuthorizationsOnce}): each a 400.
   */
  public void identityChecks() {
    identityChecks = true;
  }

  /** Groups nobody may delete, administrators included (see {@code KeptGroups}). */
  public void keptGroups(Collection<String> groupIds) {
    keptGroups.addAll(groupIds);
  }

  /** Runs before the engine starts a process for a logged-in user; throws to refuse the start. */
  public void startSubmissionCheck(StartSubmissionCheck check) {
    startChecks.add(check);
  }

  /** Told of each user's membership of a group that ends, in the command that ends it. */
  public void membershipEndListener(MembershipEndListener listener) {
    membershipEndListeners.add(listener);
  }

  /**
   * Told of the id of each user account an administrator deletes, in the command that deletes it,
   * so what the application keeps about the person goes with the account (an employee later given
   * the same id inherits nothing).
   */
  public void accountDeletedListener(Consumer<String> listener) {
    accountDeletedListeners.add(listener);
  }

  /** The shortest time between two firings of a timer cycle; a cycle that repeats more often is slowed to it. */
  public void minimumTimerCycle(Duration minimum) {
    this.minimumTimerCycle = minimum;
  }

  /** The only beans that expressions in models may name. */
  public void expressionBeans(Map<Object, Object> beans) {
    this.expressionBeans = beans;
  }
}
