package com.aftersales.bpm.engine;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.HistoricProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * A history query for the cases of every process but none ({@code processDefinitionKeyNotIn} with
 * no keys): the engine writes {@code NOT IN ()}, which the database refuses, and the REST API
 * answered any logged-in user with a 500 ("an exception in the persistence layer"). The request's
 * fault, refused before the query runs: 400 naming the parameter.
 */
final class EmptyNotInLists extends UserCommandChecks {

  EmptyNotInLists(Supplier<ProcessEngine> engine) {
    super(engine);
  }

  @Override
  boolean applies(Command<?> command) {
    return command instanceof HistoricProcessInstanceQueryImpl;
  }

  @Override
  void check(ProcessEngine built, Command<?> command, Caller user) {
    List<String> notIn = ((HistoricProcessInstanceQueryImpl) command).getProcessKeyNotIn();
    if (notIn != null && notIn.isEmpty()) {
      throw new BadUserRequestException("processDefinitionKeyNotIn must name at least one process definition key");
    }
  }
}
