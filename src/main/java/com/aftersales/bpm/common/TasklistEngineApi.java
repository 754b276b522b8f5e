package com.aftersales.bpm.common;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.servlet.ServletContainer;
import org.glassfish.jersey.servlet.ServletProperties;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tasklist completes tasks through its own copy of the engine REST API ({@code /camunda/api/engine}),
 * a Jersey application outside Spring's: it gets the same answers as {@code /engine-rest} (400 for
 * a form rule, 409 for a change that lost the race). Registered before the Camunda webapp
 * initializer, which keeps a servlet of this name when it finds one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class TasklistEngineApi implements ServletContextInitializer {

  /** The name the Camunda webapp initializer gives the servlet. */
  static final String SERVLET = "Engine Api";

  private final CamundaBpmProperties camunda;

  TasklistEngineApi(CamundaBpmProperties camunda) {
    this.camunda = camunda;
  }

  @Override
  public void onStartup(ServletContext context) {
    if (context.getServletRegistration(SERVLET) != null) {
      throw new IllegalStateException("Tasklist's engine API was registered before " + getClass().getSimpleName());
    }
    ServletRegistration engineApi = context.addServlet(SERVLET, ServletContainer.class);
    engineApi.addMapping(camunda.getWebapp().getApplicationPath() + "/api/engine/*");
    engineApi.setInitParameter(ServletProperties.JAXRS_APPLICATION_CLASS, WithOurAnswers.class.getName());
  }

  /** The webapp's engine API with our exception mappers. */
  public static class WithOurAnswers extends EngineRestApplication {
    @Override
    public Set<Class<?>> getClasses() {
      Set<Class<?>> classes = new HashSet<>(super.getClasses());
      classes.add(FormRuleViolationMapper.class);
      classes.add(ConcurrentChangeMapper.class);
      classes.add(RequestFaultMapper.class);
      classes.add(MissingValueMapper.class);
      classes.add(QueryParameterTypeMapper.class);
      return classes;
    }
  }
}
