package com.aftersales.bpm.notification;

import com.aftersales.bpm.engine.EngineExtension;
import com.aftersales.bpm.engine.EngineHooks;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The staff's mobile numbers, in {@code staff_mobile} (ADR 35): one per account, set by an
 * administrator. A deleted account's number goes with it, in the deletion's own transaction: an
 * employee later given the same id must not have urgent alerts texted to the leaver's phone.
 */
@Component
public class StaffMobiles implements EngineExtension {

  private final NamedParameterJdbcTemplate jdbc;

  public StaffMobiles(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void configure(EngineHooks hooks) {
    hooks.accountDeletedListener(this::forget);
  }

  /** Sets or replaces the user's number. */
  public void set(String userId, MobileNumber mobile, String setBy) {
    Map<String, Object> row = Map.of("user", userId, "mobile", mobile.international(), "by", setBy,
        "at", Timestamp.from(Instant.now()));
    if (jdbc.update("UPDATE staff_mobile SET mobile = :mobile, set_by = :by, set_at = :at WHERE user_id = :user",
        row) == 0) {
      jdbc.update("INSERT INTO staff_mobile (user_id, mobile, set_by, set_at) VALUES (:user, :mobile, :by, :at)", row);
    }
  }

  public Optional<MobileNumber> of(String userId) {
    return jdbc.queryForList("SELECT mobile FROM staff_mobile WHERE user_id = :user", Map.of("user", userId),
        String.class).stream().findFirst().map(MobileNumber::new);
  }

  /** The numbers of those of {@code userIds} that have one, by user id. */
  public Map<String, String> of(Collection<String> userIds) {
    if (userIds.isEmpty()) {
      return Map.of();
    }
    List<Map<String, Object>> rows = jdbc.queryForList("SELECT user_id, mobile FROM staff_mobile WHERE user_id IN "
        + "(:users)", Map.of("users", userIds));
    return rows.stream().collect(Collectors.toMap(row -> (String) row.get("user_id"), row -> (String) row.get("mobile")));
  }

  /** One number on record: whose, which, and who set it when. */
  public record Entry(String userId, String mobile, String setBy, Instant setAt) {}

  /** Every number on record, by user id. */
  public List<Entry> all() {
    return jdbc.query("SELECT user_id, mobile, set_by, set_at FROM staff_mobile ORDER BY user_id", (row, n) ->
        new Entry(row.getString(1), row.getString(2), row.getString(3), row.getTimestamp(4).toInstant()));
  }

  /** Forgets the user's number; true if there was one. */
  public boolean forget(String userId) {
    return jdbc.update("DELETE FROM staff_mobile WHERE user_id = :user", Map.of("user", userId)) > 0;
  }
}
