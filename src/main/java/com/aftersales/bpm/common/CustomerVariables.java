package com.aftersales.bpm.common;

import java.math.BigDecimal;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * The customer, vehicle and order names every process shares, declared once (ADR 0017). Each
 * process's own catalog lists the ones it uses, as these very handles.
 */
public final class CustomerVariables {

  public static final ProcessVariable<String> CUSTOMER_ID = ProcessVariable.of("customerId", String.class);
  public static final ProcessVariable<String> CUSTOMER_NAME = ProcessVariable.of("customerName", String.class);
  public static final ProcessVariable<String> CUSTOMER_PHONE = ProcessVariable.of("customerPhone", String.class);
  /** A high-value customer (VIP): the tables give such a case more attention. */
  public static final ProcessVariable<Boolean> HIGH_VALUE = ProcessVariable.of("highValue", Boolean.class);
  /** The customer's lifetime value (CNY) as the CRM gives it; null when it gives none. */
  public static final ProcessVariable<BigDecimal> LIFETIME_VALUE = ProcessVariable.of("lifetimeValue", BigDecimal.class);
  /** The user id of the customer's dedicated success manager, as the CRM names them; null when none. */
  public static final ProcessVariable<String> SUCCESS_MANAGER = ProcessVariable.of("successManager", String.class);
  /**
   * Whether the customer has a customer success manager who hears of the case (the table
   * customerSuccess, SPEC 6: lifetime value over 500,000), ADR 0031.
   */
  public static final ProcessVariable<Boolean> SUCCESS_MANAGED = ProcessVariable.of("successManaged", Boolean.class);
  public static final ProcessVariable<String> VEHICLE_MODEL = ProcessVariable.of("vehicleModel", String.class);
  public static final ProcessVariable<String> VEHICLE_PLATE = ProcessVariable.of("vehiclePlate", String.class);
  /** The customer's vehicle order (a sales order, or an order waiting for its delivery). */
  public static final ProcessVariable<String> ORDER_ID = ProcessVariable.of("orderId", String.class);

  /** The customer as an intake reports them; an absent high-value flag means an ordinary customer. */
  public static void putCustomer(VariableMap variables, String id, String name, String phone, Boolean highValue) {
    CUSTOMER_ID.putIn(variables, id);
    CUSTOMER_NAME.putIn(variables, name);
    CUSTOMER_PHONE.putIn(variables, phone);
    HIGH_VALUE.putIn(variables, Boolean.TRUE.equals(highValue));
  }

  /**
   * What the CRM says of the customer's success: both set, null when it says nothing, so the
   * customerSuccess table and the models read a null rather than a missing variable.
   */
  public static void putSuccess(VariableMap variables, BigDecimal lifetimeValue, String successManager) {
    LIFETIME_VALUE.putIn(variables, lifetimeValue);
    SUCCESS_MANAGER.putIn(variables, successManager);
  }

  /** The vehicle's model and plate; both null when the report names no vehicle. */
  public static void putVehicle(VariableMap variables, Vehicle vehicle) {
    VEHICLE_MODEL.putIn(variables, vehicle == null ? null : vehicle.model());
    VEHICLE_PLATE.putIn(variables, vehicle == null ? null : vehicle.plate());
  }

  private CustomerVariables() {}
}
