package com.aftersales.bpm.support;

import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;

/**
 * The {@link Http} client of the application under test, for {@code @Autowired Http http} in an
 * {@link ApplicationTest}, and the forms submitted with it ({@link RestTaskForms}): made when a test
 * first asks for them, once the server has its random port.
 */
@TestConfiguration(proxyBeanMethods = false)
public class HttpBeans {

  @Bean
  @Lazy
  Http http(Environment environment) {
    return new Http(environment.getRequiredProperty("local.server.port", Integer.class));
  }

  @Bean
  @Lazy
  RestTaskForms restTaskForms(Http http, TaskService tasks) {
    return new RestTaskForms(http, tasks);
  }
}
