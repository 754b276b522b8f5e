package com.aftersales.bpm.security;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Who {@link ApiFuzzTest} asks as: mostly those an endpoint is for, so that what they send gets
 * checked, and some who may not call it, and nobody. A base class for jqwik's providers, as {@link
 * HostileInput}.
 */
abstract class ApiCallers extends HostileInput {

  @Provide
  Arbitrary<String> users() {
    return Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.just("integration")),
        Tuple.of(1, Arbitraries.of("admin", "auditor", "manager", "regional", "advisor", "parts",
            "storemanager", "sales", "delivery", "quality", "marketing", "csm", "owner")),
        Tuple.of(1, Arbitraries.just((String) null)));
  }

  /** For the reads: mostly those who may read (so the parameters get checked), some who may not. */
  @Provide
  Arbitrary<String> readers() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.of("auditor", "admin")),
        Tuple.of(2, Arbitraries.of("manager", "regional", "advisor", "parts", "storemanager")),
        Tuple.of(1, Arbitraries.of("integration", "sales", "owner")),
        Tuple.of(1, Arbitraries.just((String) null)));
  }

  /** For the staff's numbers: mostly the administrator (so the body gets checked), some staff. */
  @Provide
  Arbitrary<String> staffAdmins() {
    return Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just("admin")),
        Tuple.of(1, Arbitraries.of("manager", "advisor", "csm", "integration")), Tuple.of(1, Arbitraries.just((String) null)));
  }
}
