package com.aftersales.bpm.architecture;

import com.aftersales.bpm.architecture.fixtures.ReachesIntoAnotherFeature;
import com.aftersales.bpm.architecture.fixtures.ReadsTheEngineClockDirectly;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** Each rule of {@link ArchitectureTest} fails on a class broken on purpose (fixtures/), so a green run means something. */
class ArchitectureRulesFailTest {

  private final JavaClasses broken = new ClassFileImporter()
      .importClasses(ReachesIntoAnotherFeature.class, ReadsTheEngineClockDirectly.class);

  @Test
  void aFeatureUsingAnothersServiceFails() {
    Assertions.assertThatThrownBy(() -> ArchitectureTest.featuresMeetThroughCommon.check(broken))
        .isInstanceOf(AssertionError.class).hasMessageContaining("RescueReportService")
        .hasMessageNotContaining("ClockUtil");
  }

  @Test
  void anEngineInternalOutsideTheAdapterFails() {
    Assertions.assertThatThrownBy(() -> ArchitectureTest.engineInternalsInTheAdapterOnly.check(broken))
        .isInstanceOf(AssertionError.class).hasMessageContaining("ClockUtil")
        .hasMessageNotContaining("RescueReportService");
  }
}
