package com.aftersales.bpm.review;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.UserQuery;

/**
 * A completed task of a review without an engine: a Mockito {@link DelegateTask} that reads the
 * submitted variables from a map, writes the case's into another, and knows some users and groups.
 */
final class TaskStub {

  final Map<String, Object> submitted = new HashMap<>();
  final Map<String, Object> written = new HashMap<>();
  final DelegateTask task = mock(DelegateTask.class);

  TaskStub(Set<String> users, Set<String> groups) {
    when(task.getVariable(anyString())).thenAnswer(call -> submitted.get((String) call.getArgument(0)));
    DelegateExecution execution = mock(DelegateExecution.class);
    doAnswer(call -> written.put(call.getArgument(0), call.getArgument(1)))
        .when(execution).setVariable(anyString(), any());
    when(task.getExecution()).thenReturn(execution);
    IdentityService identity = mock(IdentityService.class);
    when(identity.createGroupQuery()).thenAnswer(call -> groupQuery(groups));
    when(identity.createUserQuery()).thenAnswer(call -> userQuery(users));
    ProcessEngineServices services = mock(ProcessEngineServices.class);
    when(services.getIdentityService()).thenReturn(identity);
    when(task.getProcessEngineServices()).thenReturn(services);
  }

  private static GroupQuery groupQuery(Set<String> groups) {
    GroupQuery query = mock(GroupQuery.class);
    String[] id = new String[1];
    when(query.groupId(anyString())).thenAnswer(call -> {
      id[0] = call.getArgument(0);
      return query;
    });
    when(query.count()).thenAnswer(call -> groups.contains(id[0]) ? 1L : 0L);
    return query;
  }

  private static UserQuery userQuery(Set<String> users) {
    UserQuery query = mock(UserQuery.class);
    String[] id = new String[1];
    when(query.userId(anyString())).thenAnswer(call -> {
      id[0] = call.getArgument(0);
      return query;
    });
    when(query.count()).thenAnswer(call -> users.contains(id[0]) ? 1L : 0L);
    return query;
  }
}
