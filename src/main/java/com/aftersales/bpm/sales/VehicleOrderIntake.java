package com.aftersales.bpm.sales;

import com.aftersales.bpm.common.IdempotentIntake;
import com.aftersales.bpm.common.IdempotentIntake.Received;
import com.aftersales.bpm.report.VehicleOrderTable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Vehicle orders from the dealer system (ADR 0036): each kept once, a repeat answered as the first time. */
@Service
public class VehicleOrderIntake {

  private static final IdempotentIntake.Kind ORDER = new IdempotentIntake.Kind("VEHICLE_ORDER", "orderId",
      "Order %s was already received with other content");

  /** The answer: the order as it counts for the report. */
  public record OrderReceived(String orderId, VehicleOrderTable.Source source) {}

  private final IdempotentIntake intake;
  private final VehicleOrderTable orders;

  public VehicleOrderIntake(IdempotentIntake intake, VehicleOrderTable orders) {
    this.intake = intake;
    this.orders = orders;
  }

  @Transactional
  public Received<OrderReceived> receive(VehicleOrder order, String receivedBy) {
    return intake.once(ORDER, order.orderId(), order, OrderReceived.class, receivedBy, () -> {
      orders.signed(new VehicleOrderTable.Order(order.orderId(), order.customerId(), order.source(),
          order.signedAt().toInstant()));
      return new OrderReceived(order.orderId(), order.source());
    });
  }
}
