package com.aftersales.bpm.review;

import static com.aftersales.bpm.review.ReviewVariables.CANDIDATE_CASES;
import static com.aftersales.bpm.review.ReviewVariables.COMPLEX_CASE;
import static com.aftersales.bpm.review.ReviewVariables.DEPARTMENTS;
import static com.aftersales.bpm.review.ReviewVariables.NEGATIVE_CASE;
import static com.aftersales.bpm.review.ReviewVariables.POSITIVE_CASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aftersales.bpm.common.FormRuleViolation;
import com.aftersales.bpm.review.ReviewCandidate.Kind;
import com.aftersales.bpm.common.Groups;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Select cases" checked without an engine: one case of each kind the month has, all different, all
 * this month's candidates.
 */
class CheckCaseMixListenerTest {

  private final TaskStub stub = new TaskStub(Set.of(), Set.of());
  private final CheckCaseMixListener listener = new CheckCaseMixListener();

  @BeforeEach
  void candidates() throws Exception {
    List<ReviewCandidate> month = List.of(
        candidate("r1", Kind.NEGATIVE, List.of(Groups.SERVICE_MANAGER)),
        candidate("r2", Kind.POSITIVE, List.of(Groups.SERVICE_MANAGER)),
        candidate("p1", Kind.COMPLEX, List.of(Groups.SERVICE_MANAGER, Groups.PARTS_COORDINATOR)),
        candidate("r3", Kind.NEGATIVE, List.of(Groups.SERVICE_MANAGER)));
    stub.submitted.put(CANDIDATE_CASES.name(),
        Spin.JSON(new ObjectMapper().findAndRegisterModules().writeValueAsString(month)));
  }

  @Test
  void aGoodMixSetsTheStandingDepartmentsAndThoseTheCasesTouch() {
    pick("r1", "r2", " p1 ");
    listener.notify(stub.task);
    assertThat(DEPARTMENTS.from(stub.written)).containsExactly(Groups.SALES, Groups.DELIVERY,
        Groups.SERVICE_MANAGER, Groups.PARTS_COORDINATOR);
  }

  @Test
  void aMissingUnknownOrWrongKindCaseIsNamed() {
    pick(null, "r9", "r3");
    assertThatThrownBy(() -> listener.notify(stub.task)).isInstanceOf(FormRuleViolation.class)
        .hasMessage("Pick one negative, one positive and one complex case: no negative case chosen; "
            + "r9 is not a candidate of this month; SURVEY-r3 is a negative case, not a complex one");
    assertThat(stub.written).isEmpty();
  }

  /** A month without a complex case (no escalated parts order, no red alert, no rescue linked to one). */
  @Test
  void aKindTheMonthHasNoCandidateOfIsLeftEmptyAndTheReviewGoesOn() throws Exception {
    stub.submitted.put(CANDIDATE_CASES.name(), Spin.JSON(new ObjectMapper().findAndRegisterModules().writeValueAsString(
        List.of(candidate("r1", Kind.NEGATIVE, List.of(Groups.SERVICE_MANAGER)),
            candidate("r2", Kind.POSITIVE, List.of(Groups.SERVICE_ADVISOR))))));
    pick("r1", "r2", "");
    listener.notify(stub.task);
    assertThat(DEPARTMENTS.from(stub.written)).containsExactly(Groups.SALES, Groups.DELIVERY,
        Groups.SERVICE_MANAGER, Groups.SERVICE_ADVISOR);
  }

  @Test
  void theSameCaseInEverySlotIsRefused() {
    pick("r1", "r1", "r1");
    assertThatThrownBy(() -> listener.notify(stub.task)).isInstanceOf(FormRuleViolation.class)
        .hasMessage("Pick one negative, one positive and one complex case: SURVEY-r1 is a negative case, "
            + "not a positive one; SURVEY-r1 is a negative case, not a complex one");
  }

  @Test
  void unreadableCandidatesAreNamed() {
    stub.submitted.remove(CANDIDATE_CASES.name());
    pick("r1", "r2", "p1");
    assertThatThrownBy(() -> listener.notify(stub.task)).isInstanceOf(IllegalStateException.class)
        .hasMessage("candidate cases of this review are unreadable")
        .hasRootCauseMessage("Process variable 'candidateCases' is not set");
  }

  private void pick(String negative, String positive, String complex) {
    stub.submitted.put(NEGATIVE_CASE.name(), negative);
    stub.submitted.put(POSITIVE_CASE.name(), positive);
    stub.submitted.put(COMPLEX_CASE.name(), complex);
  }

  private static ReviewCandidate candidate(String id, Kind kind, List<String> departments) {
    return new ReviewCandidate(id, kind, "lowScoreRescue", "SURVEY-" + id, "王先生", "B", null, 3, departments, false);
  }

}
