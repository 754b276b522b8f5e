package com.aftersales.bpm.parts;

import com.aftersales.bpm.common.KeptRecords;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The part_customer_contact table: every contact recorded on a waiting order. */
@Repository
public class CustomerContacts implements KeptRecords {

  private final JdbcTemplate jdbc;

  public CustomerContacts(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public KeptRecords.Table keptTable() {
    return new KeptRecords.Table("part_customer_contact", "contacted_at");
  }

  public void record(String repairOrderId, CustomerContact contact) {
    jdbc.update("INSERT INTO part_customer_contact (id, repair_order_id, contacted_at, channel, text, chasing) "
            + "VALUES (?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(), repairOrderId,
        Timestamp.from(contact.at().toInstant()), contact.channel().name(), contact.text(), contact.chasing());
  }

  /** How many of the latest contacts in a row were chases (SPEC 2.4: "chased twice in a row"). */
  public int consecutiveChases(String repairOrderId) {
    List<Boolean> newestFirst = jdbc.queryForList("SELECT chasing FROM part_customer_contact "
        + "WHERE repair_order_id = ? ORDER BY contacted_at DESC, seq DESC", Boolean.class, repairOrderId);
    int chases = 0;
    for (Boolean chasing : newestFirst) {
      if (!Boolean.TRUE.equals(chasing)) {
        break;
      }
      chases++;
    }
    return chases;
  }
}
