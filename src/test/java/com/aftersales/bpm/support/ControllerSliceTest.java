package com.aftersales.bpm.support;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aftersales.bpm.audit.CustomerCases;
import com.aftersales.bpm.common.CentreTimeZone;
import com.aftersales.bpm.common.IntakeEndpoints;
import com.aftersales.bpm.common.JsonRequestReader;
import com.aftersales.bpm.common.StaffWords;
import com.aftersales.bpm.customer.SuccessManagerChange;
import com.aftersales.bpm.engine.AsApplication;
import com.aftersales.bpm.meeting.CapabilityReportService;
import com.aftersales.bpm.notification.NotificationRecords;
import com.aftersales.bpm.notification.Recipients;
import com.aftersales.bpm.notification.StaffMobiles;
import com.aftersales.bpm.parts.CustomerContactService;
import com.aftersales.bpm.parts.PartShortageService;
import com.aftersales.bpm.promise.CustomerConfirmationService;
import com.aftersales.bpm.promise.CustomerPromiseService;
import com.aftersales.bpm.redalert.RedAlertService;
import com.aftersales.bpm.report.RescueCasesCsv;
import com.aftersales.bpm.report.RescueReportService;
import com.aftersales.bpm.rescue.ReRatingService;
import com.aftersales.bpm.rescue.SurveyIntakeService;
import com.aftersales.bpm.review.ReviewCandidates;
import com.aftersales.bpm.sales.VehicleOrderIntake;
import java.util.List;
import org.hamcrest.Matcher;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Base of the {@code @WebMvcTest} slices: every controller of ours with the services they call
 * mocked, no engine and no database. All slices share this one configuration, so Spring starts
 * one context for all of them (a few seconds) instead of one per controller. What is real: request mapping, the strict JSON
 * reader ({@link JsonRequestReader}) and its validation, {@code ApiExceptionHandler} (the 400 that
 * names each bad field, 409), and the app's trust boundary ({@code TrustBoundaryConfig}: the group
 * check of {@code @AllowedGroups}, security headers, the cross-site check), which reads the caller
 * from a mocked {@link IdentityService} set by {@link #loggedIn}. Not here: logging in itself (the
 * HTTP Basic and session filters of {@code WebSecurityConfig} ask the engine's identity service
 * for the password), so the full-app API tests (ApiGroupsTest, AccessControlTest, ...) keep proving
 * authentication end to end.
 */
@WebMvcTest
@Import({JsonRequestReader.class, AsApplication.class, IntakeEndpoints.class, StaffWords.class, CentreTimeZone.class, ControllerSliceTest.EngineStandIn.class})
public abstract class ControllerSliceTest {

  @MockitoBean
  protected IdentityService identity;
  @MockitoBean
  protected SurveyIntakeService surveys;
  @MockitoBean
  protected ReRatingService reRatings;
  @MockitoBean
  protected PartShortageService shortages;
  @MockitoBean
  protected CustomerContactService contacts;
  @MockitoBean
  protected RedAlertService alerts;
  @MockitoBean
  protected CustomerPromiseService promises;
  @MockitoBean
  protected CustomerConfirmationService confirmations;
  @MockitoBean
  protected RescueReportService rescueReports;
  @MockitoBean
  protected RescueCasesCsv rescueCsv;
  @MockitoBean
  protected CapabilityReportService capabilityReports;
  @MockitoBean
  protected CustomerCases customerCases;
  @MockitoBean
  protected NotificationRecords notifications;
  @MockitoBean
  protected ReviewCandidates reviewCandidates;
  @MockitoBean
  protected StaffMobiles staffMobiles;
  /** Names no group unless a slice says so: the caller's own id counts as a recipient. */
  @MockitoBean
  protected Recipients recipients;
  @MockitoBean
  protected VehicleOrderIntake vehicleOrders;
  @MockitoBean
  protected SuccessManagerChange successManagerChanges;

  @Autowired
  protected MockMvc mvc;

  /** Makes {@code user} (member of {@code groups}) the caller the engine's identity service reports. */
  protected void loggedIn(String user, String... groups) {
    when(identity.getCurrentAuthentication()).thenReturn(new Authentication(user, List.of(groups)));
  }

  /** The request is refused: a 400 whose first field error names {@code field}. */
  protected void expectRefusedNaming(String field, RequestBuilder request) throws Exception {
    mvc.perform(request).andExpect(status().isBadRequest()).andExpect(jsonPath("$.fieldErrors[0].field").value(field));
  }

  /** A JSON body posted to {@code path}: what the outside systems send to our intakes. */
  protected static MockHttpServletRequestBuilder postJson(String path, String body) {
    return post(path).contentType(MediaType.APPLICATION_JSON).content(body);
  }

  /** The request is refused: a 400 whose field errors' names (a list) match {@code fields}. */
  protected ResultActions expectRefusedNaming(Matcher<? super List<String>> fields, RequestBuilder request)
      throws Exception {
    return mvc.perform(request).andExpect(status().isBadRequest()).andExpect(jsonPath("$.fieldErrors[*].field", fields));
  }

  /** The request is refused with a 403: the caller is not in a group the endpoint allows. */
  protected void expectForbidden(RequestBuilder request) throws Exception {
    mvc.perform(request).andExpect(status().isForbidden());
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
