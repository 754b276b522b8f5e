package com.aftersales.bpm.review;

import java.time.YearMonth;

/**
 * The after-sales capability report of the month reviewed, in words (SPEC 6: the sales–after-sales
 * meeting opens with it), which the review's first form shows.
 */
@FunctionalInterface
public interface CapabilityBriefing {

  String inWords(YearMonth month);
}
