package com.aftersales.bpm.review;

import static com.aftersales.bpm.review.ReviewVariables.DEPARTMENT;
import static com.aftersales.bpm.review.ReviewVariables.FACTS_COMPLEX;
import static com.aftersales.bpm.review.ReviewVariables.FACTS_NEGATIVE;
import static com.aftersales.bpm.review.ReviewVariables.FACTS_POSITIVE;
import static com.aftersales.bpm.review.ReviewVariables.RECONSTRUCTION;

import com.aftersales.bpm.common.ModelBean;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/** Adds one department's facts to the review's reconstruction (departments speak in turn). */
@ModelBean("recordReconstruction")
public class RecordReconstructionListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    // a field left empty reads "null", as before: the record shows that nothing was said
    String facts = "[" + DEPARTMENT.get(task) + "] negative: " + FACTS_NEGATIVE.optional(task).orElse(null)
        + " | positive: " + FACTS_POSITIVE.optional(task).orElse(null)
        + " | complex: " + FACTS_COMPLEX.optional(task).orElse(null);
    String sofar = RECONSTRUCTION.optional(task.getExecution()).orElse(null);
    RECONSTRUCTION.set(task.getExecution().getProcessInstance(), sofar == null ? facts : sofar + "\n" + facts);
  }
}
