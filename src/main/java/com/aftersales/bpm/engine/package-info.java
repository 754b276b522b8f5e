/**
 * The one adapter that touches the engine's internals ({@code org.camunda.bpm.engine.impl}): its
 * clock, the caller's authentication, the running command, and the hooks a feature plugs into the
 * engine with ({@link com.aftersales.bpm.engine.EngineExtension}). It depends on no feature; the
 * features depend on it as on any library. See docs/adr/0018 and ArchitectureTest.
 */
package com.aftersales.bpm.engine;
