package com.aftersales.bpm.common;

import java.util.List;

/** The organisation's groups (Camunda identity groups) and who belongs to which kind. */
public final class Groups {

  public static final String ADMIN = "camunda-admin";
  public static final String SERVICE_ADVISOR = "service-advisor";
  public static final String SERVICE_MANAGER = "service-manager";
  public static final String REGIONAL_MANAGER = "regional-manager";
  public static final String PARTS_COORDINATOR = "parts-coordinator";
  public static final String SALES = "sales";
  public static final String DELIVERY = "delivery";
  public static final String STORE_MANAGER = "store-manager";
  /** Quality inspection: raises red alerts when a problem may touch customer deliveries. */
  public static final String QUALITY = "quality";
  /** Marketing: joins a red alert's joint decision when media are involved (SPEC 5). */
  public static final String MARKETING = "marketing";
  /**
   * Customer success managers (SPEC 6, seed 002 3.4): the customer's one owner across sales and
   * after-sales. They hear of their customers' rescues and parts orders and read those cases'
   * history; they work no task (ADR 0031).
   */
  public static final String CUSTOMER_SUCCESS = "customer-success";
  public static final String AUDITOR = "auditor";
  public static final String PROCESS_OWNER = "process-owner";
  /** Systems that feed survey scores and part events over REST. */
  public static final String INTEGRATION = "integration";
  /** The metrics scraper (Prometheus): reads {@code /actuator/prometheus}, nothing else. */
  public static final String MONITORING = "monitoring";

  /** Groups whose members work tasks in Tasklist. */
  public static final List<String> STAFF = List.of(SERVICE_ADVISOR, SERVICE_MANAGER, REGIONAL_MANAGER,
      PARTS_COORDINATOR, SALES, DELIVERY, STORE_MANAGER, QUALITY, MARKETING);

  /** Every group the application creates and grants to: the processes and the grants name them. */
  public static final List<String> ALL = List.of(ADMIN, AUDITOR, PROCESS_OWNER, INTEGRATION, MONITORING,
      CUSTOMER_SUCCESS, SERVICE_ADVISOR, SERVICE_MANAGER, REGIONAL_MANAGER, PARTS_COORDINATOR, SALES, DELIVERY,
      STORE_MANAGER, QUALITY, MARKETING);

  private Groups() {}
}
