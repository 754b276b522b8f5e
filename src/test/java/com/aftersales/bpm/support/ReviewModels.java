package com.aftersales.bpm.support;

import org.camunda.bpm.engine.test.Deployment;

/**
 * Base of the joint case review's process tests: its model, its monthly schedule, the improvement
 * action, and the rescue and parts order it picks its cases from, with their tables, deployed from
 * this one list (the engine's test helper reads {@code @Deployment} from a test's superclasses).
 */
@Deployment(resources = {
    "processes/joint-case-review.bpmn",
    "processes/monthly-review-schedule.bpmn",
    "processes/improvement-action.bpmn",
    "processes/low-score-rescue.bpmn",
    "processes/parts-shortage-escalation.bpmn",
    "processes/nps-alert-grade.dmn",
    "processes/public-opinion-words.dmn",
    "processes/customer-success.dmn",
    "processes/compensation-approval.dmn",
    "processes/rescue-outcome.dmn",
    "processes/parts-risk-level.dmn",
    "processes/crisis-signals.dmn"})
public abstract class ReviewModels {}
