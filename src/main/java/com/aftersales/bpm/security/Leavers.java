package com.aftersales.bpm.security;

import com.aftersales.bpm.engine.EngineExtension;
import com.aftersales.bpm.engine.EngineHooks;
import org.springframework.stereotype.Component;

/**
 * What ends when staff leave a group, or the company (ADR 0033): the tasks of that group they had
 * claimed go back to it ({@link LeaversTasks}), and a customer success manager's cases go to the
 * other success managers ({@link SuccessManagerHandover}); both in the removal's own transaction.
 */
@Component
public class Leavers implements EngineExtension {

  @Override
  public void configure(EngineHooks hooks) {
    hooks.membershipEndListener(new LeaversTasks());
    hooks.membershipEndListener(new SuccessManagerHandover());
  }
}
