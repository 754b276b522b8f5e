package com.aftersales.bpm.notification;

/**
 * Which notifications each outside channel has already delivered, keyed by the notification's id:
 * a retry after a failure or a crash never sends a second e-mail or robot message.
 */
public interface DeliveryLog {

  /** Remembers nothing: for ports that share the case's transaction only (process tests). */
  DeliveryLog NONE = new DeliveryLog() {
    @Override
    public boolean delivered(String notificationId, String channel) {
      return false;
    }

    @Override
    public void markDelivered(String notificationId, String channel) {
      // nothing to remember
    }
  };

  boolean delivered(String notificationId, String channel);

  /** Commits at once, whatever happens to the case's transaction afterwards. */
  void markDelivered(String notificationId, String channel);
}
