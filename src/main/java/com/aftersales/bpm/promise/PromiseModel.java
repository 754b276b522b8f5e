package com.aftersales.bpm.promise;

/** What Java names in the customer promise checklist's model: its process key. */
public final class PromiseModel {

  public static final String PROCESS = "customerPromiseChecklist";

  private PromiseModel() {}
}
