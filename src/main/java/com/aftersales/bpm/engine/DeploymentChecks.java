package com.aftersales.bpm.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;

/** Runs the {@link DeploymentCheck}s as the engine's first deployer, before it parses anything. */
final class DeploymentChecks implements Deployer {

  private final List<DeploymentCheck> checks;

  DeploymentChecks(List<DeploymentCheck> checks) {
    this.checks = List.copyOf(checks);
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    Map<String, ResourceEntity> resources = deployment.getResources();
    if (resources == null) {
      return;
    }
    Map<String, byte[]> bytes = new LinkedHashMap<>();
    resources.values().forEach(resource -> bytes.put(resource.getName(), resource.getBytes()));
    checks.forEach(check -> check.check(deployment.getName(), deployment.getTenantId(), bytes));
  }
}
