package com.aftersales.bpm.audit;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Which cases a customer's name appears in, read straight from the engine's variable history by
 * name: the engine's own "variable like" query checks every case in turn and takes seconds at
 * 10,000 cases, this one reads only the customer-name rows. It returns case ids only; what the
 * user may see of those cases is then decided by the engine query that uses them.
 */
@Repository
public class CustomerCases {

  static final int LIMIT = 1000;

  private final JdbcTemplate jdbc;

  public CustomerCases(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public List<String> withNameContaining(String namePart) {
    String pattern = "%" + namePart.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    return jdbc.queryForList("SELECT DISTINCT PROC_INST_ID_ FROM ACT_HI_VARINST WHERE NAME_ = 'customerName' "
        + "AND PROC_INST_ID_ IS NOT NULL AND TEXT_ LIKE ? ESCAPE '\\' FETCH FIRST " + LIMIT + " ROWS ONLY",
        String.class, pattern);
  }
}
