package com.aftersales.bpm.audit;

import com.aftersales.bpm.engine.EngineHistoryTables;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Which cases a customer's name appears in, read from the engine's variable history by name
 * through the engine adapter ({@link EngineHistoryTables}: the engine's own "variable like" query
 * takes seconds at 10,000 cases), then kept only where the engine lets the caller read the case
 * (one query by id with the caller's authorizations): a success manager finds their own
 * customers' cases only (ADR 0032). Case ids only; what the user sees of them is again the engine's.
 */
@Repository
public class CustomerCases {

  static final int LIMIT = 1000;
  private static final String CUSTOMER_NAME = "customerName";

  private final EngineHistoryTables tables;
  private final HistoryService history;

  public CustomerCases(JdbcTemplate jdbc, HistoryService history) {
    this.tables = new EngineHistoryTables(jdbc);
    this.history = history;
  }

  public List<String> withNameContaining(String namePart) {
    List<String> named = tables.casesWithTextContaining(CUSTOMER_NAME, namePart, LIMIT);
    if (named.isEmpty()) {
      return named;
    }
    Set<String> readable = history.createHistoricProcessInstanceQuery().processInstanceIds(new HashSet<>(named))
        .list().stream().map(HistoricProcessInstance::getId).collect(Collectors.toSet());
    return named.stream().filter(readable::contains).toList();
  }
}
