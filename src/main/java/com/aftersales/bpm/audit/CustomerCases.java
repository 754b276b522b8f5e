package com.aftersales.bpm.audit;

import com.aftersales.bpm.engine.EngineHistoryTables;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Which cases a customer's name appears in, read from the engine's variable history by name
 * through the engine adapter ({@link EngineHistoryTables}: the engine's own "variable like" query
 * takes seconds at 10,000 cases). It returns case ids only; what the user may see of those cases
 * is then decided by the engine query that uses them.
 */
@Repository
public class CustomerCases {

  static final int LIMIT = 1000;
  private static final String CUSTOMER_NAME = "customerName";

  private final EngineHistoryTables history;

  public CustomerCases(JdbcTemplate jdbc) {
    this.history = new EngineHistoryTables(jdbc);
  }

  public List<String> withNameContaining(String namePart) {
    return history.casesWithTextContaining(CUSTOMER_NAME, namePart, LIMIT);
  }
}
