package com.aftersales.bpm.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts failed logins per client address and says how long that address must wait. Accounts are
 * never locked (the engine's lockout is off): whoever guesses wrong is slowed down, not the user
 * whose name they guess, and other addresses are unaffected.
 */
public class LoginThrottle {

  /** Failures of one address within the current window, and until when it waits. */
  private static final class Failures {
    Instant windowStart;
    int count;
    Instant blockedUntil = Instant.MIN;
  }

  private final LoginThrottleSettings settings;
  private final Clock clock;
  /** Access-ordered, so the address not seen for longest is forgotten when the table is full. */
  private final Map<String, Failures> byAddress;

  public LoginThrottle(LoginThrottleSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
    this.byAddress = new LinkedHashMap<>(64, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
        return size() > settings.maxAddresses();
      }
    };
  }

  /** How long the address must still wait before its next login attempt; zero when it may try now. */
  public synchronized Duration waitFor(String address) {
    Failures failures = byAddress.get(address);
    if (failures == null) {
      return Duration.ZERO;
    }
    Instant now = clock.instant();
    if (now.isBefore(failures.blockedUntil)) {
      return Duration.between(now, failures.blockedUntil);
    }
    if (expired(failures, now)) {
      byAddress.remove(address);
    }
    return Duration.ZERO;
  }

  /** A failed login from the address: beyond the free ones, each makes it wait twice as long. */
  public synchronized void failed(String address) {
    Instant now = clock.instant();
    Failures failures = byAddress.computeIfAbsent(address, a -> new Failures());
    if (failures.windowStart == null || expired(failures, now)) {
      failures.windowStart = now;
      failures.count = 0;
    }
    failures.count++;
    int beyondFree = failures.count - settings.freeFailures();
    if (beyondFree > 0) {
      failures.blockedUntil = now.plus(delay(beyondFree));
    }
  }

  /** Number of addresses currently remembered. */
  public synchronized int trackedAddresses() {
    return byAddress.size();
  }

  private Duration delay(int beyondFree) {
    // 1 s, 2 s, 4 s, … capped; the shift is capped too so it cannot overflow
    Duration delay = settings.firstDelay().multipliedBy(1L << Math.min(beyondFree - 1, 30));
    return delay.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : delay;
  }

  private boolean expired(Failures failures, Instant now) {
    return !now.isBefore(failures.windowStart.plus(settings.window()))
        && !now.isBefore(failures.blockedUntil);
  }
}
