package com.aftersales.bpm.review;

import com.aftersales.bpm.common.ModelBean;
import static com.aftersales.bpm.review.ReviewVariables.RECONSTRUCTION;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/** Adds one department's facts to the review's reconstruction (departments speak in turn). */
@ModelBean("recordReconstruction")
public class RecordReconstructionListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String department = (String) task.getVariable("department");
    String facts = "[" + department + "] negative: " + task.getVariable("factsNegative")
        + " | positive: " + task.getVariable("factsPositive") + " | complex: " + task.getVariable("factsComplex");
    String sofar = RECONSTRUCTION.get(task.getExecution());
    task.getExecution().getProcessInstance().setVariable(RECONSTRUCTION.name(),
        sofar == null ? facts : sofar + "\n" + facts);
  }
}
