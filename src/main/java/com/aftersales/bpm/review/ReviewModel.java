package com.aftersales.bpm.review;

import com.aftersales.bpm.common.Groups;
import java.util.List;

/** What Java names in the review's models: the two process keys and the review's standing parties. */
public final class ReviewModel {

  /** The monthly joint case review. */
  public static final String PROCESS = "jointCaseReview";
  /** One improvement action a review commits to, tracked on its own. */
  public static final String ACTION_PROCESS = "improvementAction";
  /** Departments that take part in every review (SPEC 3), as their Camunda groups. */
  public static final List<String> STANDING_DEPARTMENTS = List.of(Groups.SALES, Groups.DELIVERY, Groups.SERVICE_MANAGER);

  private ReviewModel() {}
}
