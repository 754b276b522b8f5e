package com.aftersales.bpm.rescue;

import static com.aftersales.bpm.rescue.RescueModel.RESCUE_PROCESS;
import static com.aftersales.bpm.rescue.RescueVariables.ANSWERED_AT;
import static com.aftersales.bpm.rescue.RescueVariables.RE_RATED_AT;
import static com.aftersales.bpm.rescue.RescueVariables.RE_RATING;
import static com.aftersales.bpm.rescue.RescueModel.RE_RATING_MESSAGE;
import static com.aftersales.bpm.rescue.RescueVariables.RE_RATING_SCORE;

import com.aftersales.bpm.common.ApiException;
import com.aftersales.bpm.common.HistoricVariables;
import com.aftersales.bpm.common.OutsideEventAnswer;
import com.aftersales.bpm.common.OutsideEventAnswer.Status;
import com.aftersales.bpm.common.OutsideEventGate;
import java.util.Date;
import java.util.Objects;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Hands a re-rating to the rescue waiting for it, or keeps it until the rescue gets there: a
 * customer may re-rate before the rescue has finished its follow-up.
 */
@Service
public class ReRatingService {

  /**
   * APPLIED: the rescue was waiting and recorded its outcome (or had this re-rating before); KEPT:
   * the rescue is still at work and takes the re-rating, without inviting or waiting, when its
   * follow-up is done. {@code score} is the score the rescue has (the first one's for a repeat).
   */
  public record ReRatingResult(String surveyId, String processInstanceId, int score, Status status,
      String message) implements OutsideEventAnswer {}

  private final OutsideEventGate gate;
  private final HistoryService history;

  public ReRatingService(OutsideEventGate gate, HistoryService history) {
    this.gate = gate;
    this.history = history;
  }

  /**
   * The same re-rating again changes nothing and gets the first answer; a different one for a
   * rescue that already has one is a conflict. Not transactional: {@link OutsideEventGate} runs
   * each attempt in its own transaction.
   */
  public ReRatingResult receive(String surveyId, ReRating reRating) {
    checkNotBeforeSurvey(surveyId, reRating);
    VariableMap variables = Variables.createVariables();
    RE_RATING_SCORE.putIn(variables, reRating.score());
    RE_RATED_AT.putIn(variables, Date.from(reRating.answeredAt().toInstant()));
    OutsideEventGate.Delivery delivery = gate.deliver(new OutsideEventGate.Event(RESCUE_PROCESS, surveyId,
        RE_RATING_MESSAGE, RE_RATING, RE_RATING_SCORE, variables));
    return switch (delivery.outcome()) {
      case APPLIED -> applied(surveyId, delivery);
      case KEPT -> kept(surveyId, delivery);
      case ALREADY_APPLIED -> applied(surveyId, sameAsBefore(surveyId, reRating, delivery));
      case ALREADY_KEPT -> kept(surveyId, sameAsBefore(surveyId, reRating, delivery));
      case NOT_WAITING -> throw ApiException.conflict("surveyId", "The rescue of survey " + surveyId
          + " is not waiting for a re-rating");
      case UNKNOWN -> throw ApiException.notFound("surveyId", "No rescue for survey " + surveyId);
    };
  }

  private static ReRatingResult applied(String surveyId, OutsideEventGate.Delivery delivery) {
    return new ReRatingResult(surveyId, delivery.processInstanceId(), score(delivery),
        Status.APPLIED, null);
  }

  private static ReRatingResult kept(String surveyId, OutsideEventGate.Delivery delivery) {
    return new ReRatingResult(surveyId, delivery.processInstanceId(), score(delivery),
        Status.KEPT, "The rescue of survey " + surveyId + " is not waiting for a re-rating yet; "
            + "the re-rating is kept and decides the outcome when the follow-up is done");
  }

  /** A repeat is the same re-rating; another one does not replace the first. */
  private static OutsideEventGate.Delivery sameAsBefore(String surveyId, ReRating reRating,
      OutsideEventGate.Delivery delivery) {
    Integer score = score(delivery);
    Date at = RE_RATED_AT.optionalFrom(delivery.recorded()).orElse(null);
    if (!Objects.equals(score, reRating.score())) {
      throw ApiException.conflict("score", "Survey " + surveyId + " was already re-rated with score " + score);
    }
    if (at != null && !at.toInstant().equals(reRating.answeredAt().toInstant())) {
      throw ApiException.conflict("answeredAt", "Survey " + surveyId + " was already re-rated at "
          + at.toInstant());
    }
    return delivery;
  }

  /** The score the case holds; none when it passed the wait without a re-rating. */
  private static Integer score(OutsideEventGate.Delivery delivery) {
    return RE_RATING_SCORE.optionalFrom(delivery.recorded()).orElse(null);
  }

  /**
   * A customer re-rates after the survey the rescue answers, never before: an earlier date is the
   * survey system's mistake, and kept it would put the re-rating ahead of the rescue in the case history.
   */
  private void checkNotBeforeSurvey(String surveyId, ReRating reRating) {
    HistoricVariables.ofNewest(history, RESCUE_PROCESS, surveyId, ANSWERED_AT).map(Date::toInstant)
        .filter(reRating.answeredAt().toInstant()::isBefore).ifPresent(answered -> {
          throw new ApiException(HttpStatus.BAD_REQUEST, "answeredAt", "must not be before the survey was answered (" + answered + ")");
        });
  }
}
