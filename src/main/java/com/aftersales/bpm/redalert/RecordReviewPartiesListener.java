package com.aftersales.bpm.redalert;

import static com.aftersales.bpm.redalert.RedAlertVariables.*;

import com.aftersales.bpm.common.Groups;
import com.aftersales.bpm.common.ModelBean;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * SPEC 5: the review the same evening is the three parties' (and marketing's when media were
 * involved). A party that did not come does not stop the review from being recorded, but it stays
 * visible: the parties expected and not ticked become the case's reviewPartiesMissing (empty when
 * all came), which the case history shows in words.
 */
@ModelBean("recordReviewParties")
public class RecordReviewPartiesListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    List<String> attended = AlertJson.ids(REVIEW_PARTIES.optional(task).orElse(null));
    List<String> missing = new ArrayList<>(expected(Boolean.TRUE.equals(MEDIA_INVOLVED.optional(task).orElse(false))));
    missing.removeAll(attended);
    REVIEW_PARTIES_MISSING.set(task, String.join(",", missing)); // the task has no such variable: the case's
  }

  /** The alert's standing parties, and marketing when media were involved (as in the joint decision). */
  static List<String> expected(boolean mediaInvolved) {
    List<String> parties = new ArrayList<>(RedAlertModel.DEPARTMENTS);
    if (mediaInvolved) {
      parties.add(Groups.MARKETING);
    }
    return parties;
  }
}
