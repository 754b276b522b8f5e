package com.aftersales.bpm.rescue;

import static com.aftersales.bpm.rescue.RescueVariables.RE_RATING;

import com.aftersales.bpm.common.ModelBean;
import com.aftersales.bpm.common.OutsideEventGate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * Start listener of "Re-rating already in?": the rescue takes the re-rating kept for it, or from
 * now on takes one only while it waits for it (or decides without it). An update of the gate
 * variable, not a mere check, so that a re-rating posted at this very moment cannot be kept while
 * the rescue starts to wait ({@link OutsideEventGate}).
 */
@ModelBean("awaitReRating")
public class AwaitReRatingListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    OutsideEventGate.reachWait(execution, RE_RATING);
  }
}
