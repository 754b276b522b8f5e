package com.aftersales.bpm.tasklist;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tasklist's filters: the user's group tasks and own tasks, each row showing its case (customer,
 * case id, grade or risk level; Tasklist adds the due date), most urgent first: by the task's
 * priority (the grade's or level's, from the DMN tables), then by due date. The same two filters
 * for every work area rather than one per area: a row shows only the variables its case has, so
 * rescues, parts orders and reviews read right side by side; a manager who works both rescues and
 * parts orders sees the most urgent of either on top; and every staff group would see every area's
 * filter, empty for most of them. (Tasklist's own "Created" sort shows in the header; the filter's
 * order comes first and "Created" only breaks ties.)
 *
 * <p>Created when missing; a filter of that name from an earlier definition (no or a lower
 * {@code definitionVersion} property) is brought up to this one at start. A filter an administrator
 * changed keeps the changes until the definition changes again.
 */
public class TasklistFilters {

  private static final Logger LOG = LoggerFactory.getLogger(TasklistFilters.class);

  /** Raise when the definition below changes, so existing installations take it at their next start. */
  static final int DEFINITION_VERSION = 2;
  static final String VERSION_PROPERTY = "definitionVersion";
  public static final String GROUP_TASKS = "Group tasks / 组任务";
  public static final String MY_TASKS = "My tasks / 我的任务";

  /**
   * The case columns of every row, in order (a case has a grade or a risk level, so customer and
   * urgency share the row's first line); labels in English and Chinese.
   */
  static final List<Map<String, String>> ROW_VARIABLES = List.of(
      column(TaskRowVariables.CUSTOMER.name(), "Customer / 客户"),
      column(TaskRowVariables.GRADE.name(), "Grade / 等级"),
      column(TaskRowVariables.RISK_LEVEL.name(), "Risk level / 风险等级"),
      column(TaskRowVariables.CASE.name(), "Case / 案例编号"));

  private final FilterService filters;
  private final TaskService tasks;

  public TasklistFilters(FilterService filters, TaskService tasks) {
    this.filters = filters;
    this.tasks = tasks;
  }

  /** Creates or updates both filters; running it again changes nothing. */
  public void ensure() {
    ensure(GROUP_TASKS, -10, tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
        .includeAssignedTasks());
    ensure(MY_TASKS, -5, tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
  }

  private void ensure(String name, int position, TaskQuery query) {
    query.orderByTaskPriority().desc().orderByDueDate().asc();
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("priority", position);
    properties.put("description", name);
    properties.put("refresh", true);
    properties.put("variables", ROW_VARIABLES);
    properties.put(VERSION_PROPERTY, DEFINITION_VERSION);
    List<Filter> existing = filters.createFilterQuery().filterName(name).list();
    if (existing.isEmpty()) {
      filters.saveFilter(filters.newTaskFilter(name).setProperties(properties).setQuery(query));
      return;
    }
    for (Filter filter : existing) {
      if (!Objects.equals(version(filter), DEFINITION_VERSION)) {
        filters.saveFilter(filter.setProperties(properties).setQuery(query));
        LOG.info("Tasklist filter '{}' updated to definition {}", name, DEFINITION_VERSION);
      }
    }
  }

  private static Object version(Filter filter) {
    Object version = filter.getProperties() == null ? null : filter.getProperties().get(VERSION_PROPERTY);
    return version instanceof Number number ? number.intValue() : version;
  }

  private static Map<String, String> column(String variable, String label) {
    Map<String, String> column = new LinkedHashMap<>();
    column.put("name", variable);
    column.put("label", label);
    return column;
  }
}
