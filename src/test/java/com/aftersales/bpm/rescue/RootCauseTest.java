package com.aftersales.bpm.rescue;

import com.aftersales.bpm.support.CodeSources;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** The Java home of the root-cause codes offers what the investigation's form offers, no more. */
class RootCauseTest {

  @Test
  void theCategoriesAreTheInvestigationFormsOptions() {
    JsonNode field = CodeSources.components(CodeSources.forms().get("investigate.form")).stream()
        .filter(c -> RescueVariables.ROOT_CAUSE_CATEGORY.name().equals(c.path("key").asText()))
        .findFirst().orElseThrow();
    List<String> options = new ArrayList<>();
    field.path("values").forEach(option -> options.add(option.path("value").asText()));
    Assertions.assertThat(options).containsExactlyElementsOf(Arrays.stream(RootCause.values()).map(Enum::name).toList());
  }

  @Test
  void aCodeIsItsCategoryOnly() {
    Assertions.assertThat(RootCause.SALES_PROMISE.is("SALES_PROMISE")).isTrue();
    Assertions.assertThat(RootCause.SALES_PROMISE.is("WAIT_TIME")).isFalse();
    Assertions.assertThat(RootCause.SALES_PROMISE.is(null)).isFalse();
  }
}
