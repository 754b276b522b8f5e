package com.aftersales.bpm.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.junit.jupiter.api.Test;

/** The adapter hands the engine's history events on as {@link CaseEvent}s, without an engine. */
class HistoryFeedTest {

  private final List<CaseEvent> heard = new ArrayList<>();
  private final HistoryFeed feed = new HistoryFeed(List.of(heard::add));

  @Test
  void aStartAndAnEndOfACase() {
    HistoricProcessInstanceEventEntity start = new HistoricProcessInstanceEventEntity();
    start.setProcessDefinitionKey("lowScoreRescue");
    start.setProcessInstanceId("pi-1");
    start.setBusinessKey("S-1");
    start.setEventType(HistoryEventTypes.PROCESS_INSTANCE_START.getEventName());
    HistoricProcessInstanceEventEntity end = new HistoricProcessInstanceEventEntity();
    end.setProcessDefinitionKey("lowScoreRescue");
    end.setProcessInstanceId("pi-1");
    end.setEventType(HistoryEventTypes.PROCESS_INSTANCE_END.getEventName());
    feed.handleEvents(List.of(start, end));
    Assertions.assertThat(heard).containsExactly(new CaseEvent.Started("lowScoreRescue", "pi-1", "S-1"),
        new CaseEvent.Ended("lowScoreRescue", "pi-1"));
  }

  @Test
  void aVariableSetAndRemovedCarriesTheStoredValue() {
    HistoricVariableUpdateEventEntity set = variable(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE);
    set.setLongValue(1_700_000_000_000L);
    feed.handleEvent(set);
    feed.handleEvent(variable(HistoryEventTypes.VARIABLE_INSTANCE_DELETE));
    Assertions.assertThat(heard).containsExactly(
        new CaseEvent.VariableChanged("lowScoreRescue", "pi-1", "answeredAt", false, null, 1_700_000_000_000L, null),
        new CaseEvent.VariableChanged("lowScoreRescue", "pi-1", "answeredAt", true, null, null, null));
  }

  @Test
  void aTaskCompletedCarriesItsEnd() {
    HistoricTaskInstanceEventEntity task = new HistoricTaskInstanceEventEntity();
    task.setProcessDefinitionKey("lowScoreRescue");
    task.setProcessInstanceId("pi-1");
    task.setTaskDefinitionKey("Task_FirstContact");
    task.setEndTime(Date.from(Instant.parse("2026-03-02T04:00:00Z")));
    task.setEventType(HistoryEventTypes.TASK_INSTANCE_COMPLETE.getEventName());
    feed.handleEvent(task);
    Assertions.assertThat(heard).containsExactly(new CaseEvent.TaskChanged("lowScoreRescue", "pi-1",
        "Task_FirstContact", false, true, Instant.parse("2026-03-02T04:00:00Z")));
  }

  @Test
  void eventsOfNoProcessAreLeftOut() {
    HistoricTaskInstanceEventEntity standalone = new HistoricTaskInstanceEventEntity();
    standalone.setEventType(HistoryEventTypes.TASK_INSTANCE_CREATE.getEventName());
    feed.handleEvent(standalone);
    Assertions.assertThat(heard).isEmpty();
  }

  private static HistoricVariableUpdateEventEntity variable(HistoryEventTypes type) {
    HistoricVariableUpdateEventEntity event = new HistoricVariableUpdateEventEntity();
    event.setProcessDefinitionKey("lowScoreRescue");
    event.setProcessInstanceId("pi-1");
    event.setVariableName("answeredAt");
    event.setEventType(type.getEventName());
    return event;
  }
}
