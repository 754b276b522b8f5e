package com.aftersales.bpm.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed logins slow down the client that makes them ({@code aftersales.login-throttle.*}).
 *
 * @param enabled off only for diagnosis
 * @param freeFailures failed logins an address may make within {@code window} before it waits
 * @param window failures older than this are forgotten
 * @param firstDelay the wait after the first failure beyond the free ones; it doubles with each further one
 * @param maxDelay the longest wait
 * @param maxAddresses how many addresses are remembered at most (the oldest is forgotten first), so
 *     an attacker with many addresses cannot make the table grow without bound
 */
@ConfigurationProperties("aftersales.login-throttle")
public record LoginThrottleSettings(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("5") int freeFailures,
    @DefaultValue("15m") Duration window,
    @DefaultValue("1s") Duration firstDelay,
    @DefaultValue("60s") Duration maxDelay,
    @DefaultValue("10000") int maxAddresses) {}
