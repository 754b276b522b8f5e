package com.aftersales.bpm.engine;

/** Told of each {@link CaseEvent} in the command (and transaction) that causes it. */
public interface CaseEventListener {

  void handle(CaseEvent event);
}
