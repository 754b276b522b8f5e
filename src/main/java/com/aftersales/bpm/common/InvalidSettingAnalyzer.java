package com.aftersales.bpm.common;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Spring Boot's report of a failed start ("APPLICATION FAILED TO START", registered in
 * META-INF/spring.factories) for an {@link InvalidSettingException} wherever it was thrown: its
 * description and action only; the stack trace is logged at debug level.
 */
public class InvalidSettingAnalyzer extends AbstractFailureAnalyzer<InvalidSettingException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, InvalidSettingException cause) {
    return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
  }
}
