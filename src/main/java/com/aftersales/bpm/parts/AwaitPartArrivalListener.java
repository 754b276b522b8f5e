package com.aftersales.bpm.parts;

import static com.aftersales.bpm.parts.PartsVariables.PART_ARRIVAL;

import com.aftersales.bpm.common.ModelBean;
import com.aftersales.bpm.common.OutsideEventGate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * Start listener of "Part already here?": the order takes the arrival kept for it, or from now on
 * waits for the part. An update of the gate variable, not a mere check, so that an arrival posted
 * at this very moment cannot be kept while the order starts to wait ({@link OutsideEventGate}).
 */
@ModelBean("awaitPartArrival")
public class AwaitPartArrivalListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    OutsideEventGate.reachWait(execution, PART_ARRIVAL);
  }
}
