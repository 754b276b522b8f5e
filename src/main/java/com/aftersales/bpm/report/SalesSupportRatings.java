package com.aftersales.bpm.report;

import com.aftersales.bpm.common.KeptRecords;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The sales_support_rating table (ADR 0030): sales' rating of after-sales support, service's joint
 * KPI (SPEC 6), one row per completion of the monthly review's "Sales feedback" step, written in the
 * engine's transaction by the review's listener; the report reads the rating of the month reviewed.
 */
@Repository
public class SalesSupportRatings implements KeptRecords {

  /** One completion of "Sales feedback": the month reviewed, the rating "1"–"5", and when it was given. */
  public record Rating(String taskId, String processInstanceId, YearMonth reviewMonth, String rating, Instant completedAt) {}

  private final JdbcTemplate jdbc;

  public SalesSupportRatings(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public KeptRecords.Table keptTable() {
    return new KeptRecords.Table("sales_support_rating", "completed_at");
  }

  public void given(Rating rating) {
    jdbc.update("INSERT INTO sales_support_rating (task_id, process_instance_id, review_month, rating, completed_at) "
        + "VALUES (?, ?, ?, ?, ?)", rating.taskId(), rating.processInstanceId(), rating.reviewMonth().toString(),
        rating.rating(), Timestamp.from(rating.completedAt()));
  }

  /**
   * The rating given at the review of {@code month}; when that review's "Sales feedback" was
   * completed more than once, the latest completion counts. Empty before the month's review.
   */
  public Optional<Rating> ofMonth(YearMonth month) {
    return jdbc.query("SELECT task_id, process_instance_id, rating, completed_at FROM sales_support_rating "
        + "WHERE review_month = ? ORDER BY completed_at DESC, task_id DESC", (row, n) -> new Rating(row.getString(1),
            row.getString(2), month, row.getString(3), row.getTimestamp(4).toInstant()), month.toString())
        .stream().findFirst();
  }
}
