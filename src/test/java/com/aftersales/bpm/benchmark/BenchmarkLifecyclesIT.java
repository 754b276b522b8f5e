package com.aftersales.bpm.benchmark;

import com.aftersales.bpm.benchmark.Lifecycles.Side;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The benchmarks' lifecycles still run through today's models and forms, ours and the bare twins',
 * so that a cost claimed in the README can be measured again (they run on demand, not in
 * {@code verify}, and a parts order's promise once drifted past what the risk table allows). An IT,
 * so in failsafe's JVM: the benchmarks' application is a second Spring context with a second
 * engine named "default", and beside the suite's shared application the engine REST API reached
 * the wrong one.
 */
@BenchmarkApplication
class BenchmarkLifecyclesIT {

  @Autowired ApplicationContext context;

  @Test
  void aRescueAndAPartsOrderRunToTheirEndOnEachSide() throws Exception {
    Lifecycles cases = Lifecycles.withBareTwins(context).learnBareStarts("GUARD");
    for (Side side : Side.values()) {
      // each throws naming the open tasks and jobs when the case has not ended
      Assertions.assertThat(cases.rescue(side, "GUARD-R-" + side)).isNotBlank();
      Assertions.assertThat(cases.parts(side, "GUARD-P-" + side)).isNotBlank();
    }
  }
}
