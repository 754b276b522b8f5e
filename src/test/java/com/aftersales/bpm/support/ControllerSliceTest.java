package com.aftersales.bpm.support;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.aftersales.bpm.common.JsonRequestReader;
import com.aftersales.bpm.engine.AsApplication;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Base of the {@code @WebMvcTest} slices: one controller with its services mocked, no engine and
 * no database, so a slice starts in a second or two. What is real: request mapping, the strict JSON
 * reader ({@link JsonRequestReader}) and its validation, {@code ApiExceptionHandler} (the 400 that
 * names each bad field, 409), and the app's trust boundary ({@code TrustBoundaryConfig}: the group
 * check of {@code @AllowedGroups}, security headers, the cross-site check), which reads the caller
 * from a mocked {@link IdentityService} set by {@link #loggedIn}. Not here: logging in itself (the
 * HTTP Basic and session filters of {@code WebSecurityConfig} ask the engine's identity service
 * for the password), so the full-app API tests (ApiGroupsTest, AccessControlTest, ...) keep proving
 * authentication end to end.
 */
@Import({JsonRequestReader.class, AsApplication.class, ControllerSliceTest.EngineStandIn.class})
public abstract class ControllerSliceTest {

  @MockitoBean
  protected IdentityService identity;

  @Autowired
  protected MockMvc mvc;

  /** Makes {@code user} (member of {@code groups}) the caller the engine's identity service reports. */
  protected void loggedIn(String user, String... groups) {
    when(identity.getCurrentAuthentication()).thenReturn(new Authentication(user, List.of(groups)));
  }

  /** The engine as TrustBoundaryConfig asks for it while the context starts: only its identity service. */
  @TestConfiguration(proxyBeanMethods = false)
  static class EngineStandIn {

    @Bean
    ProcessEngine processEngine(IdentityService identity) {
      ProcessEngine engine = mock(ProcessEngine.class);
      when(engine.getIdentityService()).thenReturn(identity);
      return engine;
    }
  }
}
