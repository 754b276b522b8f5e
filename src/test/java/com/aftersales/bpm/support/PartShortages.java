package com.aftersales.bpm.support;

import com.aftersales.bpm.common.Vehicle;
import com.aftersales.bpm.parts.PartShortageReport;
import com.aftersales.bpm.parts.PartShortageService;
import com.aftersales.bpm.parts.VehicleCondition;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * One part-shortage report for the tests, built once: as the intake's JSON body
 * ({@code POST /api/part-shortages}) for the application tests, or as the variables the intake
 * starts the order with ({@link PartShortageService#variables}) for the process tests. By default
 * 张女士's Model 3 waits for a centre screen, reported an hour ago.
 */
public final class PartShortages {

  private final String repairOrderId;
  private final String condition;
  private Instant reportedAt = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
  private String customerId;
  private String customerName = "张女士";
  private String phone = "+86 139 0000 0000";
  private boolean highValue;
  private boolean vip;
  private String model = "Model 3";
  private String plate = "沪A12345";
  private String partNumber = "SCREEN-15";
  private String partName = "Centre screen";
  private static final LocalDate DEFAULT_ETA = LocalDate.of(2026, 12, 1);

  private LocalDate supplierEta = DEFAULT_ETA;
  private String extraJson = "";
  private BigDecimal lifetimeValue;
  private String successManager;

  private PartShortages(String repairOrderId, String condition) {
    this.repairOrderId = repairOrderId;
    this.condition = condition;
    this.customerId = "C-" + repairOrderId;
  }

  /**
   * A promised date (yyyy-MM-dd) that a default order keeps on the application's clock: a buffer
   * of three days after its ETA, or after today once that has passed (the latest the parts risk
   * table allows is seven), so that it does not pass while a test runs.
   */
  public static String keptPromise() {
    LocalDate today = LocalDate.now(ZoneOffset.ofHours(14)); // no time zone is a day ahead of it
    return (today.isAfter(DEFAULT_ETA) ? today : DEFAULT_ETA).plusDays(3).toString();
  }

  /** What the form of "Set the customer's expectation" sends: this date promised, and the worst case the same day. */
  public static Map<String, Object> expectation(String promisedDate) {
    return Map.of("promisedDate", promisedDate, "worstCaseDate", promisedDate, "customerOption", "A_LEAVE_CAR",
        "waitingBenefit", "LOANER", "commitmentsExplained", true);
  }

  /** A customer's chasing call a minute ago, in their words, as the integration posts it. */
  public static String chasingCall(String text) {
    return "{\"at\":\"" + Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS)
        + "\",\"channel\":\"PHONE\",\"text\":\"" + text + "\",\"chasing\":true}";
  }

  /** @param condition a {@link VehicleCondition} name (or, for a bad-input test, any text) */
  public static PartShortages report(String repairOrderId, String condition) {
    return new PartShortages(repairOrderId, condition);
  }

  public PartShortages reportedAt(Instant at) { this.reportedAt = at; return this; }

  public PartShortages vip(boolean isVip) { this.vip = isVip; return this; }

  public PartShortages highValue(boolean isHighValue) { this.highValue = isHighValue; return this; }

  /** What the CRM says: the customer's lifetime value (CNY) and their success manager's user id (each may be null). */
  public PartShortages success(BigDecimal value, String managerUserId) {
    this.lifetimeValue = value;
    this.successManager = managerUserId;
    return this;
  }

  /** null: the supplier gave no date. */
  public PartShortages supplierEta(LocalDate eta) { this.supplierEta = eta; return this; }

  /** More JSON members, e.g. {@code ,"unknown":1} for a strict-JSON test. */
  public PartShortages extraJson(String members) { this.extraJson = members; return this; }

  public PartShortages customer(String id, String name, String phoneNumber) {
    this.customerId = id;
    this.customerName = name;
    this.phone = phoneNumber;
    return this;
  }

  public PartShortages vehicle(String vehicleModel, String vehiclePlate) {
    this.model = vehicleModel;
    this.plate = vehiclePlate;
    return this;
  }

  public PartShortages part(String number, String name) {
    this.partNumber = number;
    this.partName = name;
    return this;
  }

  public String json() {
    return """
        {"repairOrderId":"%s","reportedAt":"%s",
         "customer":{"id":"%s","name":"%s","phone":"%s","highValue":%s,"vip":%s%s},
         "vehicle":{"model":"%s","plate":"%s"},"part":{"number":"%s","name":"%s"},
         "vehicleCondition":"%s","supplierEta":%s%s}
        """.formatted(repairOrderId, reportedAt, customerId, customerName, phone, highValue, vip, successJson(), model,
        plate, partNumber,
        partName, condition, supplierEta == null ? "null" : "\"" + supplierEta + "\"", extraJson);
  }

  /** The CRM's fields, only those given (a report from before they existed has neither). */
  private String successJson() {
    return (lifetimeValue == null ? "" : ",\"lifetimeValue\":" + lifetimeValue.toPlainString())
        + (successManager == null ? "" : ",\"successManager\":\"" + successManager + "\"");
  }

  /** The order's start variables, as the intake sets them. */
  public VariableMap variables() {
    return PartShortageService.variables(new PartShortageReport(repairOrderId, reportedAt.atOffset(ZoneOffset.ofHours(8)),
        new PartShortageReport.Customer(customerId, customerName, phone, highValue, vip, lifetimeValue,
            successManager), new Vehicle(model, plate),
        new PartShortageReport.Part(partNumber, partName), VehicleCondition.valueOf(condition), supplierEta));
  }
}
