package com.aftersales.bpm.report;

import com.aftersales.bpm.report.RescueReport.Nps;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * SPEC 6's joint KPIs of the month (ADR 0030; repurchase and referral from the dealer system's
 * vehicle orders, ADR 0036).
 *
 * @param sales the KPIs sales are judged by
 * @param service the KPI after-sales service is judged by
 */
@JsonInclude(JsonInclude.Include.ALWAYS) // a figure without data is shown as null, not left out
public record JointKpis(Sales sales, Service service) {

  /**
   * @param firstYearNps the NPS of the month's answers whose car was delivered within the 365 days
   *     before the answer (every answer, not only low scores)
   * @param answersInMonth every survey answer of the month, with a delivery date or not
   * @param answersWithoutDeliveryDate of them, those whose survey sent no delivery date: they count
   *     for no first-year NPS (the coverage of that figure)
   * @param salesPromiseComplaintRate the report's {@code salesPromiseRate}: the share of the month's
   *     rescues with a root cause whose root cause was a sales promise not kept
   * @param vehicleOrders the month's signed vehicle orders and how many were repurchases and referrals
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Sales(Nps firstYearNps, int answersInMonth, int answersWithoutDeliveryDate,
      BigDecimal salesPromiseComplaintRate, VehicleOrders vehicleOrders) {}

  /**
   * @param orders every vehicle order signed in the month (the dealer system sends each)
   * @param repurchaseRate repurchases in percent of the orders; null without orders
   * @param referralRate referrals in percent of the orders; null without orders
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record VehicleOrders(int orders, int repurchases, int referrals, BigDecimal repurchaseRate,
      BigDecimal referralRate) {

    static VehicleOrders of(VehicleOrderTable.Counts counts) {
      return new VehicleOrders(counts.orders(), counts.repurchases(), counts.referrals(),
          ReportFigures.pct(counts.repurchases(), counts.orders()), ReportFigures.pct(counts.referrals(), counts.orders()));
    }
  }

  /**
   * @param salesSupportRating sales' rating of after-sales support ("1" poor to "5" excellent) given
   *     at the review of this month, the latest completion counting; null before that review (it is
   *     held early in the next month)
   * @param salesSupportRatedAt when it was given
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Service(String salesSupportRating, Instant salesSupportRatedAt) {}
}
