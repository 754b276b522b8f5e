package com.aftersales.bpm.security;

import com.aftersales.bpm.common.AllowedGroups;
import com.aftersales.bpm.common.Groups;
import com.aftersales.bpm.engine.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Lets a request reach an {@code /api} handler only when the caller (put on the engine's identity
 * service by {@link ApiAuthenticationFilter}) is in one of the handler's {@link AllowedGroups}.
 * Anything else under {@code /api} (a handler without the annotation, a static resource) is refused.
 */
public class AllowedGroupsInterceptor implements HandlerInterceptor {

  private final IdentityService identity;

  public AllowedGroupsInterceptor(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws IOException {
    AllowedGroups allowed = handler instanceof HandlerMethod method
        ? method.getMethodAnnotation(AllowedGroups.class) : null;
    if (allowed != null && callerIsIn(allowed)) {
      return true;
    }
    ErrorResponse.write(response, HttpStatus.FORBIDDEN, allowed == null ? "Nobody may call this"
        : "Only these groups may call this: " + String.join(", ", allowed.value()));
    return false;
  }

  private boolean callerIsIn(AllowedGroups allowed) {
    Caller caller = Caller.of(identity);
    List<String> groups = caller == null ? List.of() : caller.groups();
    return groups.contains(Groups.ADMIN) || Arrays.stream(allowed.value()).anyMatch(groups::contains);
  }
}
