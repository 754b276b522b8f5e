package com.aftersales.bpm.common;

import jakarta.annotation.Priority;
import jakarta.servlet.ServletRegistration;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappInitializer;
import org.glassfish.jersey.server.ServerProperties;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.stereotype.Component;

/**
 * The engine REST API answers every exception from a listener or delegate with 500. A {@link
 * FormRuleViolation} is the user's input, not a server fault: answer 400 with its message, which
 * Tasklist shows; every other exception keeps the engine's own handling. Registered with both
 * copies of the engine REST API: ours at {@code /engine-rest} and the webapps' at {@code
 * /camunda/api/engine}, which Tasklist posts its forms to.
 */
@Priority(Priorities.USER - 100)
public class FormRuleViolationMapper implements ExceptionMapper<RestException> {

  private final RestExceptionHandler engineHandler = new RestExceptionHandler();

  @Override
  public Response toResponse(RestException exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof FormRuleViolation violation) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
            .entity(Map.of("type", "FormRuleViolation", "message", violation.getMessage())).build();
      }
    }
    return engineHandler.toResponse(exception);
  }

  /** Registers the mapper with the engine's Jersey application at {@code /engine-rest}. */
  @Component
  static class Registration implements ResourceConfigCustomizer {
    @Override
    public void customize(org.glassfish.jersey.server.ResourceConfig config) {
      config.register(FormRuleViolationMapper.class, Priorities.USER - 100);
    }
  }

  /**
   * Registers the mapper with the webapps' engine API, a Jersey servlet the Camunda starter's
   * initializer adds by name with the fixed classes of its JAX-RS application: a provider class
   * named in the servlet's init parameters joins them. Run right after that initializer, which
   * creates the servlet.
   */
  @Component
  static class WebappRegistration implements BeanPostProcessor {

    /** The servlet name the Camunda webapp starter gives the engine API of Tasklist and Cockpit. */
    static final String ENGINE_API_SERVLET = "Engine Api";

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
      if (!(bean instanceof CamundaBpmWebappInitializer webapps)) {
        return bean;
      }
      return (ServletContextInitializer) context -> {
        webapps.onStartup(context);
        ServletRegistration engineApi = context.getServletRegistration(ENGINE_API_SERVLET);
        if (engineApi == null) {
          throw new IllegalStateException("the Camunda webapps have no servlet '" + ENGINE_API_SERVLET
              + "' any more: register FormRuleViolationMapper with their engine API another way");
        }
        engineApi.setInitParameter(ServerProperties.PROVIDER_CLASSNAMES, FormRuleViolationMapper.class.getName());
      };
    }
  }
}
