package com.aftersales.bpm.support;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * The process tests' engine, clock and model beans in one extension: the coverage library's
 * engine extension (the class's {@code @Deployment}, flow-node coverage, its minimum asserted after
 * the class), camunda-bpm-assert bound to that engine, the engine clock at the test's "now", the
 * real delegates registered ({@link ProcessTestBeans}) and the users the test names; after each
 * test the clock, the mocks, the assertions and any authenticated user are reset.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final ProcessTestSupport engine = ProcessTestSupport.coverageAtLeast(0.9).clockAt(NOW);
 * }</pre>
 *
 * A test's own {@code @BeforeEach} runs after this set-up, so it may register more mocks.
 */
public final class ProcessTestSupport implements TestInstancePostProcessor, BeforeAllCallback, AfterAllCallback,
    BeforeEachCallback, AfterEachCallback, BeforeTestExecutionCallback, AfterTestExecutionCallback {

  private final Double coverage;
  private final List<String> excluded = new ArrayList<>();
  private final List<String[]> users = new ArrayList<>();
  private Instant now;
  private ProcessEngineCoverageExtension engine;
  private RecordingNotifications notifications;

  private ProcessTestSupport(Double coverage) {
    this.coverage = coverage;
  }

  /** The class fails unless its tests pass at least this share of the deployed models' flow nodes. */
  public static ProcessTestSupport coverageAtLeast(double share) {
    return new ProcessTestSupport(share);
  }

  /** Coverage recorded (for the report), no minimum asserted. */
  public static ProcessTestSupport coverageRecorded() {
    return new ProcessTestSupport(null);
  }

  /** Each test starts with the engine clock here (otherwise the clock runs as the drivers set it). */
  public ProcessTestSupport clockAt(Instant instant) {
    this.now = instant;
    return this;
  }

  /** Models the test deploys to call, whose coverage another test class answers for. */
  public ProcessTestSupport excludingFromCoverage(String... processKeys) {
    excluded.addAll(List.of(processKeys));
    return this;
  }

  /** A user in a group, created once in the engine's identity tables. */
  public ProcessTestSupport withUser(String userId, String groupId) {
    users.add(new String[] {userId, groupId});
    return this;
  }

  /** What the notification tasks delivered in the current test (after {@link Notifications#deliverAll}). */
  public RecordingNotifications notifications() {
    return notifications;
  }

  public ProcessEngine processEngine() {
    return engine().getProcessEngine();
  }

  public ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) processEngine().getProcessEngineConfiguration();
  }

  /** Runs {@code work} as the user (the engine's authenticated user), as Tasklist would. */
  public static <T> T as(String userId, Supplier<T> work) {
    identityService().setAuthenticatedUserId(userId);
    try {
      return work.get();
    } finally {
      identityService().clearAuthentication();
    }
  }

  public static void as(String userId, Runnable work) {
    as(userId, () -> {
      work.run();
      return null;
    });
  }

  /** The single job (timer or asynchronous step) of the instance at the activity. */
  public static Job job(ProcessInstance instance, String activityId) {
    return managementService().createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
        .singleResult();
  }

  private ProcessEngineCoverageExtension engine() {
    if (engine == null) {
      ProcessEngineCoverageExtension.Builder builder = ProcessEngineCoverageExtension.Companion.builder();
      builder.excludeProcessDefinitionKeys(excluded.toArray(String[]::new));
      if (coverage != null) {
        builder.assertClassCoverageAtLeast(coverage);
      }
      engine = builder.build();
    }
    return engine;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    engine().beforeAll(context);
  }

  @Override
  public void postProcessTestInstance(Object testInstance, ExtensionContext context) {
    engine().postProcessTestInstance(testInstance, context);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    BpmnAwareTests.init(processEngine());
    if (now != null) {
      ClockUtil.setCurrentTime(Date.from(now));
    }
    IdentityService identity = processEngine().getIdentityService();
    notifications = ProcessTestBeans.register(identity);
    for (String[] user : users) {
      if (identity.createUserQuery().userId(user[0]).count() == 0) {
        identity.saveUser(identity.newUser(user[0]));
      }
      if (identity.createGroupQuery().groupId(user[1]).count() == 0) {
        identity.saveGroup(identity.newGroup(user[1]));
      }
      if (identity.createUserQuery().userId(user[0]).memberOfGroup(user[1]).count() == 0) {
        identity.createMembership(user[0], user[1]);
      }
    }
  }

  @Override
  public void beforeTestExecution(ExtensionContext context) {
    engine().beforeTestExecution(context);
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    engine().afterTestExecution(context);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    processEngine().getIdentityService().clearAuthentication();
    ClockUtil.reset();
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    engine().afterAll(context);
  }
}
