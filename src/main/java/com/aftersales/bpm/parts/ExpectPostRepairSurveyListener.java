package com.aftersales.bpm.parts;

import static com.aftersales.bpm.parts.PartsVariables.POST_REPAIR_SURVEY;

import com.aftersales.bpm.common.ModelBean;
import com.aftersales.bpm.common.OutsideEventGate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * Start listener of "Handover by?": the repair is done, so a survey naming the order from now on is
 * its post-repair answer, kept until the order waits for it ({@link OutsideEventGate}). A survey
 * before the repair is about the visit: the gate is not open yet, and the order does not take it.
 */
@ModelBean("expectPostRepairSurvey")
public class ExpectPostRepairSurveyListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    POST_REPAIR_SURVEY.set(execution, OutsideEventGate.State.EXPECTED);
  }
}
