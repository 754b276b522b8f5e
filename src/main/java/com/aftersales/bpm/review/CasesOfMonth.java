package com.aftersales.bpm.review;

import java.time.Instant;
import java.util.List;

/**
 * Which cases belong to a month, as the rescue report counts them: a rescue to the month its low
 * score was answered in, a parts order to the month it was reported in. Case ids, oldest first.
 */
public interface CasesOfMonth {

  /** Rescues whose low score was answered in [from, to). */
  List<String> rescuesAnswered(Instant from, Instant to);

  /** Parts-shortage orders reported in [from, to). */
  List<String> ordersReported(Instant from, Instant to);
}
