package com.aftersales.bpm.review;

import com.aftersales.bpm.report.PartsOrderTable;
import com.aftersales.bpm.report.RescueCase;
import com.aftersales.bpm.report.RescueCaseTable;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The month's cases read from the report's own tables (one range read on an index each), so the
 * review and the rescue report count the same cases, however much history the engine holds.
 */
@Component
public class ReportTablesCasesOfMonth implements CasesOfMonth {

  private final RescueCaseTable rescues;
  private final PartsOrderTable orders;

  public ReportTablesCasesOfMonth(RescueCaseTable rescues, PartsOrderTable orders) {
    this.rescues = rescues;
    this.orders = orders;
  }

  @Override
  public List<String> rescuesAnswered(Instant from, Instant to) {
    return rescues.answeredBetween(from, to).stream().map(RescueCase::processInstanceId).toList();
  }

  @Override
  public List<String> ordersReported(Instant from, Instant to) {
    return orders.idsReportedBetween(from, to);
  }
}
