package com.aftersales.bpm.rescue;

import static com.aftersales.bpm.common.ImprovementActionVariables.ACCEPTANCE_CRITERION;
import static com.aftersales.bpm.common.ImprovementActionVariables.ACTION;
import static com.aftersales.bpm.common.ImprovementActionVariables.ACTION_DEADLINE;
import static com.aftersales.bpm.common.ImprovementActionVariables.ACTION_OWNER;
import static com.aftersales.bpm.common.ImprovementActionVariables.ACTION_TEXT;
import static com.aftersales.bpm.common.ImprovementActionVariables.OWNER_IS_GROUP;
import static com.aftersales.bpm.rescue.RescueVariables.SURVEY_ID;

import com.aftersales.bpm.common.Deadlines;
import com.aftersales.bpm.common.ImprovementActionCheck;
import com.aftersales.bpm.common.ImprovementActionVariables;
import com.aftersales.bpm.common.ModelBean;
import com.aftersales.bpm.review.ReviewModel;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Starts one improvement action of step 6 ({@code action}, an element of the checked
 * {@code actions}) as a case of its own, process {@code improvementAction} (ADR 0053): not a call
 * activity, so the customer's rescue closes while its actions are tracked to their deadlines and
 * verified. It is started as the joint review's call activity starts its own: business key
 * {@code <survey id>/<slot number>}, the deadline at the end of its day in the centre. The starts
 * run in one job after the review's completion committed (asynchronous before the multi-instance):
 * all or none, so one that fails is tried again with the others and none is started twice.
 */
@ModelBean("startImprovementAction")
public class StartImprovementActionDelegate implements JavaDelegate {

  private final Deadlines deadlines;

  public StartImprovementActionDelegate(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> committed = ACTION.get(execution);
    VariableMap action = Variables.createVariables();
    ACTION_TEXT.putIn(action, (String) committed.get("text"));
    ACTION_OWNER.putIn(action, (String) committed.get("owner"));
    OWNER_IS_GROUP.putIn(action, (Boolean) committed.get(ImprovementActionCheck.OWNER_IS_GROUP_KEY));
    ACTION_DEADLINE.putIn(action, deadlines.endOfDay((String) committed.get("deadline")));
    ACCEPTANCE_CRITERION.putIn(action, (String) committed.get("criterion"));
    // the action names its rescue: the next review's checkpoint and a search by survey find it (ADR 0058)
    ImprovementActionVariables.SURVEY_ID.putIn(action, SURVEY_ID.get(execution));
    String businessKey = SURVEY_ID.get(execution) + "/" + committed.get(ImprovementActionCheck.NUMBER_KEY);
    execution.getProcessEngineServices().getRuntimeService()
        .startProcessInstanceByKey(ReviewModel.ACTION_PROCESS, businessKey, action);
  }
}
