package com.aftersales.bpm.engine;

import java.util.Map;

/** Judges a deployment before the engine parses it; throws (a ParseException) to refuse it as a whole. */
public interface DeploymentCheck {

  /** {@code resources}: each resource's name and bytes, in the deployment's order. */
  void check(String deploymentName, Map<String, byte[]> resources);
}
