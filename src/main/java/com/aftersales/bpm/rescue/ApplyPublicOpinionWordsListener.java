package com.aftersales.bpm.rescue;

import static com.aftersales.bpm.rescue.RescueVariables.PUBLIC_OPINION_RISK;
import static com.aftersales.bpm.rescue.RescueVariables.PUBLIC_OPINION_WORDS;

import com.aftersales.bpm.common.DecisionResults;
import com.aftersales.bpm.common.ModelBean;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * End listener of "check the comment for public-opinion words": records the channels the comment
 * names (the publicOpinionWords table, COLLECT) and, when it names any, sets public-opinion risk as
 * a flag from the survey system does, so the grading that follows makes the case grade S (SPEC 1.2).
 * A flag already set stays set.
 */
@ModelBean("applyPublicOpinionWords")
public class ApplyPublicOpinionWordsListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    List<String> channels = DecisionResults.collect(execution, PUBLIC_OPINION_WORDS.name(), String.class);
    PUBLIC_OPINION_WORDS.set(execution, String.join(",", channels));
    if (!channels.isEmpty()) {
      PUBLIC_OPINION_RISK.set(execution, true);
    }
  }
}
