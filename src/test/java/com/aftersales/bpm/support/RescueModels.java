package com.aftersales.bpm.support;

import org.camunda.bpm.engine.test.Deployment;

/**
 * Base of the low-score rescue's process tests: its model and the tables it calls, deployed from
 * this one list (the engine's test helper reads {@code @Deployment} from a test's superclasses), so
 * a table the model starts to call is added once, not in every test class.
 */
@Deployment(resources = {
    "processes/low-score-rescue.bpmn",
    "processes/nps-alert-grade.dmn",
    "processes/public-opinion-words.dmn",
    "processes/customer-success.dmn",
    "processes/compensation-approval.dmn",
    "processes/rescue-outcome.dmn"})
public abstract class RescueModels {}
