package com.aftersales.bpm.tasklist;

import com.aftersales.bpm.engine.EngineExtension;
import com.aftersales.bpm.engine.EngineHooks;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Adds {@link TaskRowListener} to every user task of every deployed model, so a task a process
 * owner adds in Modeler shows its case in Tasklist too, with nothing to remember in the model.
 */
@Component
public class TaskRowPlugin implements EngineExtension {

  @Override
  public void configure(EngineHooks hooks) {
    hooks.userTaskListener(TaskListener.EVENTNAME_CREATE, new TaskRowListener());
  }
}
