package com.aftersales.bpm.security;

import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat answers "100 Continue" only when the application reads the body, so a client that asks
 * first (curl does for large bodies) gets our 401 or 413 without uploading anything.
 */
@Component
public class ContinueOnReadCustomizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.addConnectorCustomizers(connector -> connector.setProperty("continueResponseTiming", "onRead"));
  }
}
