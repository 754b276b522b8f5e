package com.aftersales.bpm.engine;

import org.camunda.bpm.engine.ProcessEngine;

/**
 * What a feature adds to the engine, through the hooks of this adapter rather than the engine's
 * internal plugin API. In the application every bean of this type is installed by {@link
 * EngineHooksPlugin}; the process tests list theirs in camunda.cfg.xml.
 */
public interface EngineExtension {

  /** Called while the engine is being configured, before it is built. */
  default void configure(EngineHooks hooks) {}

  /** Called once the engine is built, before the job executor or any request can change a case. */
  default void engineBuilt(ProcessEngine engine) {}
}
