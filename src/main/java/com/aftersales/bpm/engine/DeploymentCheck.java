package com.aftersales.bpm.engine;

import java.util.Map;

/** Judges a deployment before the engine parses it; throws (a ParseException) to refuse it as a whole. */
public interface DeploymentCheck {

  /**
   * @param tenantId the tenant the deployment is for, null for none
   * @param resources each resource's name and bytes, in the deployment's order
   */
  void check(String deploymentName, String tenantId, Map<String, byte[]> resources);
}
