package com.aftersales.bpm.redalert;

import com.aftersales.bpm.common.Groups;
import java.util.List;

/** What Java names in the red alert's model: its process and decision keys, and its parties. */
public final class RedAlertModel {

  public static final String PROCESS = "redAlert";
  public static final String DECISION = "deliveryOptions";
  /** The joint decision's window and the progress-update cycle per alert kind. */
  public static final String WINDOWS_DECISION = "redAlertWindows";
  /** The standing departments of a red alert (its three parties; marketing joins when media are involved). */
  public static final List<String> DEPARTMENTS = List.of(Groups.SALES, Groups.DELIVERY, Groups.SERVICE_MANAGER);

  private RedAlertModel() {}
}
