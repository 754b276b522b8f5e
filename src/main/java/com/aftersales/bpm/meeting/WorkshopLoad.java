package com.aftersales.bpm.meeting;

import com.aftersales.bpm.common.CentreTimeZone;
import com.aftersales.bpm.meeting.CapabilityReport.WaitingPart;
import com.aftersales.bpm.meeting.CapabilityReport.Workshop;
import com.aftersales.bpm.parts.PartsModel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * What the workshop has to do now for the parts orders (SPEC 6: "whether the service centre can
 * take urgent repairs"): the same-day repairs whose part is here (open repair tasks), those past the
 * repair's window, and the parts due within a week, each a same-day repair when it comes. The
 * figures stand for themselves; the meeting judges whether a sales promise of an urgent repair fits.
 */
@Component
public class WorkshopLoad {

  /** How far ahead the arrivals count: the week a sales promise of an urgent repair falls in. */
  static final int DAYS_AHEAD = 7;

  private final TaskService tasks;
  private final CentreTimeZone centre;

  public WorkshopLoad(TaskService tasks, CentreTimeZone centre) {
    this.tasks = tasks;
    this.centre = centre;
  }

  public Workshop now(Instant now, List<WaitingPart> waiting) {
    List<Task> repairs = tasks.createTaskQuery().processDefinitionKey(PartsModel.PROCESS)
        .taskDefinitionKey(PartsModel.REPAIR_TASK).list();
    int late = (int) repairs.stream().filter(t -> t.getDueDate() != null && t.getDueDate().toInstant().isBefore(now))
        .count();
    LocalDate lastDay = LocalDate.ofInstant(now, centre.zone()).plusDays(DAYS_AHEAD);
    int dueSoon = (int) waiting.stream().filter(p -> p.supplierEta() != null && !p.supplierEta().isAfter(lastDay))
        .count();
    return new Workshop(repairs.size(), late, dueSoon, DAYS_AHEAD);
  }
}
