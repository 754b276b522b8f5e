package com.aftersales.bpm.notification;

import java.util.Collection;
import java.util.Set;

/**
 * Which notifications a reader may see: all of them (auditors), or only those addressed to one of
 * the given recipients (the reader's user id and groups). Notifications carry customers' names,
 * phones and plates, so the filter belongs in the query, not after it.
 */
public record RecipientFilter(boolean all, Set<String> recipients) {

  public RecipientFilter {
    recipients = Set.copyOf(recipients);
  }

  public static RecipientFilter everything() {
    return new RecipientFilter(true, Set.of());
  }

  public static RecipientFilter addressedTo(Collection<String> recipients) {
    return new RecipientFilter(false, Set.copyOf(recipients));
  }

  /** Whether a notification to {@code recipient} (one id or several, comma-separated) passes. */
  public boolean admits(String recipient) {
    return all || Recipients.split(recipient).stream().anyMatch(recipients::contains);
  }
}
