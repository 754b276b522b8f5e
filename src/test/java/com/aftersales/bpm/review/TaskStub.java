package com.aftersales.bpm.review;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.aftersales.bpm.common.Groups;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.User;
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
    this(users, groups, Map.of("boss", Set.of(Groups.STORE_MANAGER), "manager", Set.of(Groups.SERVICE_MANAGER)));
  }

  /** @param memberships users and the groups they are members of (the store managers verify actions) */
  TaskStub(Set<String> users, Set<String> groups, Map<String, Set<String>> memberships) {
    when(task.getVariable(anyString())).thenAnswer(call -> submitted.get((String) call.getArgument(0)));
    DelegateExecution execution = mock(DelegateExecution.class);
    doAnswer(call -> written.put(call.getArgument(0), call.getArgument(1)))
        .when(execution).setVariable(anyString(), any());
    when(task.getExecution()).thenReturn(execution);
    IdentityService identity = mock(IdentityService.class);
    when(identity.createGroupQuery()).thenAnswer(call -> knowing(GroupQuery.class, GroupQuery::groupId, groups));
    when(identity.createUserQuery()).thenAnswer(call -> users(users, memberships));
    ProcessEngineServices services = mock(ProcessEngineServices.class);
    when(services.getIdentityService()).thenReturn(identity);
    when(task.getProcessEngineServices()).thenReturn(services);
  }

  /** A user query by id and group over the known users and the members of groups. */
  private static UserQuery users(Set<String> users, Map<String, Set<String>> memberships) {
    UserQuery query = mock(UserQuery.class);
    String[] filter = new String[2]; // user id, group id
    when(query.userId(anyString())).thenAnswer(call -> {
      filter[0] = call.getArgument(0);
      return query;
    });
    when(query.memberOfGroup(anyString())).thenAnswer(call -> {
      filter[1] = call.getArgument(0);
      return query;
    });
    Supplier<List<User>> matching = () -> Stream.concat(users.stream(), memberships.keySet().stream()).distinct()
        .filter(id -> filter[0] == null || filter[0].equals(id))
        .filter(id -> filter[1] == null || memberships.getOrDefault(id, Set.of()).contains(filter[1]))
        .map(id -> {
          User user = mock(User.class);
          when(user.getId()).thenReturn(id);
          return user;
        }).toList();
    when(query.count()).thenAnswer(call -> (long) matching.get().size());
    when(query.list()).thenAnswer(call -> matching.get());
    return query;
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
