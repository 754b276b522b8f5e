package com.aftersales.bpm.security.models;

import com.aftersales.bpm.AftersalesApplication;
import com.aftersales.bpm.engine.EngineExtension;
import com.aftersales.bpm.engine.EngineHooks;
import com.aftersales.bpm.security.forms.FormSubmissionInterceptor;
import com.aftersales.bpm.security.forms.StartFormInterceptor;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Bounds what a deployed model and a person completing a task can make the engine do: expressions
 * see only the {@link com.aftersales.bpm.common.ModelBean model beans}, every deployment passes
 * the {@link DeploymentGuard}, every completion by a user passes the {@link
 * FormSubmissionInterceptor} (and working a task is bounded to claiming it for oneself, releasing
 * one's own claim and completing it; only who may work a task comments on it or changes its
 * attachments) and every start by a user the {@link StartFormInterceptor}; no timer cycle fires
 * more often than {@code aftersales.models.minimum-timer-cycle}; only administrators change the
 * jobs of no process (the history cleanup), and a refused run of a job costs it no retry.
 */
@Component
public class ModelGuardPlugin implements EngineExtension {

  /** How deep processes may call one another: ours go two deep (the schedule, its review, the review's actions). */
  static final int MAXIMUM_CALL_DEPTH = 10;

  private final BeanFactory beanFactory;
  private final long maxDeploymentBytes;
  private final ZoneId zone;
  private final int minimumHistoryDays;
  private final Duration minimumTimerCycle;

  public ModelGuardPlugin(BeanFactory beanFactory,
      @Value("${aftersales.deployment.max-bytes}") long maxDeploymentBytes,
      @Value("${aftersales.time-zone}") String zone,
      @Value("${aftersales.history.minimum-days}") int minimumHistoryDays,
      @Value("${" + MinimumTimerCycle.SETTING + "}") String minimumTimerCycle) {
    this.beanFactory = beanFactory;
    this.maxDeploymentBytes = maxDeploymentBytes;
    this.zone = ZoneId.of(zone);
    this.minimumHistoryDays = minimumHistoryDays;
    this.minimumTimerCycle = MinimumTimerCycle.of(minimumTimerCycle);
  }

  @Override
  public void configure(EngineHooks hooks) {
    ModelBeans beans = ModelBeans.scan(AftersalesApplication.class.getPackageName());
    hooks.expressionBeans(beans.asEngineBeans(beanFactory));
    hooks.deploymentCheck(new DeploymentGuard(new ModelContentCheck(new ExpressionCheck(beans), minimumHistoryDays,
        minimumTimerCycle), maxDeploymentBytes));
    hooks.minimumTimerCycle(minimumTimerCycle);
    hooks.maximumCallDepth(MAXIMUM_CALL_DEPTH);
    hooks.taskSubmissionCheck(new FormSubmissionInterceptor(zone));
    hooks.boundTaskWork();
    hooks.notesByTaskWorkers();
    hooks.guardJobs();
    hooks.startSubmissionCheck(new StartFormInterceptor(zone));
  }
}
