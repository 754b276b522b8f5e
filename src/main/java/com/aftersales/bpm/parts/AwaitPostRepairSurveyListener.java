package com.aftersales.bpm.parts;

import static com.aftersales.bpm.parts.PartsVariables.POST_REPAIR_SURVEY;

import com.aftersales.bpm.common.ModelBean;
import com.aftersales.bpm.common.OutsideEventGate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * Start listener of "Survey already answered?": the order takes the answer the customer gave while
 * the handover was open, or from now on asks for one and waits ({@link OutsideEventGate}).
 */
@ModelBean("awaitPostRepairSurvey")
public class AwaitPostRepairSurveyListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    OutsideEventGate.reachWait(execution, POST_REPAIR_SURVEY);
  }
}
