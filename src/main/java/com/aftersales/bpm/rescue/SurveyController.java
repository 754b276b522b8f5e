package com.aftersales.bpm.rescue;

import com.aftersales.bpm.common.AllowedGroups;
import com.aftersales.bpm.common.Groups;
import com.aftersales.bpm.common.IntakeEndpoints;
import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Survey intake for integrators: answered NPS surveys and re-ratings after a rescue. */
@RestController
@RequestMapping(path = "/api/nps-responses", consumes = MediaType.APPLICATION_JSON_VALUE,
    produces = MediaType.APPLICATION_JSON_VALUE)
public class SurveyController {

  private final SurveyIntakeService intake;
  private final ReRatingService reRatings;
  private final IntakeEndpoints endpoints;

  public SurveyController(SurveyIntakeService intake, ReRatingService reRatings, IntakeEndpoints endpoints) {
    this.intake = intake;
    this.reRatings = reRatings;
    this.endpoints = endpoints;
  }

  /** 201 with what was started; 200 with the first answer when the same survey comes again. */
  @PostMapping
  @AllowedGroups(Groups.INTEGRATION)
  public ResponseEntity<IntakeResult> receive(@RequestBody JsonNode body) {
    return endpoints.receive(body, NpsResponse.class, intake::receive);
  }

  /**
   * The customer's re-rating after a rescue: 200 when the rescue waiting for it recorded the outcome
   * (or had it before), 202 when it is kept until the rescue's follow-up is done.
   */
  @PostMapping("/{surveyId}/re-rating")
  @AllowedGroups(Groups.INTEGRATION)
  public ResponseEntity<ReRatingService.ReRatingResult> reRate(@PathVariable String surveyId,
      @RequestBody JsonNode body) {
    ReRating reRating = endpoints.read(body, ReRating.class);
    return endpoints.deliver(caller -> reRatings.receive(surveyId, reRating), ResponseEntity::ok);
  }
}
