package com.aftersales.bpm.review;

import com.aftersales.bpm.common.Months;
import com.aftersales.bpm.common.AllowedGroups;
import com.aftersales.bpm.common.Groups;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The month's candidate cases for the joint case review. */
@RestController
@RequestMapping(path = "/api/reviews", produces = MediaType.APPLICATION_JSON_VALUE)
public class ReviewController {

  private final ReviewCandidates candidates;

  public ReviewController(ReviewCandidates candidates) {
    this.candidates = candidates;
  }

  /** Read with the caller's engine authorizations: history they may not read is left out. */
  @GetMapping("/candidates")
  @AllowedGroups({Groups.STORE_MANAGER, Groups.AUDITOR})
  public List<ReviewCandidate> candidates(@RequestParam(required = false) String month) {
    return candidates.forMonth(Months.parameter(month));
  }
}
