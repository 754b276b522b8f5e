package com.aftersales.bpm.review;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.query.Query;

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
    when(identity.createGroupQuery()).thenAnswer(call -> knowing(GroupQuery.class, GroupQuery::groupId, groups));
    when(identity.createUserQuery()).thenAnswer(call -> knowing(UserQuery.class, UserQuery::userId, users));
    ProcessEngineServices services = mock(ProcessEngineServices.class);
    when(services.getIdentityService()).thenReturn(identity);
    when(task.getProcessEngineServices()).thenReturn(services);
  }

  /** A user or group query that counts 1 for an id it knows and 0 for any other. */
  private static <Q extends Query<Q, ?>> Q knowing(Class<Q> type, BiFunction<Q, String, Q> byId, Set<String> known) {
    Q query = mock(type);
    String[] id = new String[1];
    when(byId.apply(query, anyString())).thenAnswer(call -> {
      id[0] = call.getArgument(0);
      return query;
    });
    when(query.count()).thenAnswer(call -> known.contains(id[0]) ? 1L : 0L);
    return query;
  }
}
