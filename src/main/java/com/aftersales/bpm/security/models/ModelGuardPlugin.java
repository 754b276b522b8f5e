package com.aftersales.bpm.security.models;

import com.aftersales.bpm.AftersalesApplication;
import com.aftersales.bpm.security.forms.FormSubmissionInterceptor;
import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Bounds what a deployed model and a person completing a task can make the engine do: expressions
 * see only the {@link com.aftersales.bpm.common.ModelBean model beans}, every deployment passes
 * the {@link DeploymentGuard}, and every completion by a user passes the {@link
 * FormSubmissionInterceptor}.
 */
@Component
public class ModelGuardPlugin extends AbstractProcessEnginePlugin {

  private final BeanFactory beanFactory;
  private final long maxDeploymentBytes;

  public ModelGuardPlugin(BeanFactory beanFactory,
      @Value("${aftersales.deployment.max-bytes}") long maxDeploymentBytes) {
    this.beanFactory = beanFactory;
    this.maxDeploymentBytes = maxDeploymentBytes;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    ModelBeans beans = ModelBeans.scan(AftersalesApplication.class.getPackageName());
    configuration.setBeans(beans.asEngineBeans(beanFactory));
    if (configuration.getCustomPreDeployers() == null) {
      configuration.setCustomPreDeployers(new ArrayList<>());
    }
    configuration.getCustomPreDeployers().add(
        new DeploymentGuard(new ModelContentCheck(new ExpressionCheck(beans)), maxDeploymentBytes));
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(new FormSubmissionInterceptor(configuration));
  }
}
