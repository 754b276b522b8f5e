package com.aftersales.bpm.common;

import com.aftersales.bpm.common.AllowedGroups;
import com.aftersales.bpm.common.Groups;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff-words catalog and the centre's time zone for the browser: the Cockpit and Tasklist
 * plugins and the report page show codes, variable names and dates with the same words as the
 * notifications and the CSV ({@code /words/staff-words.js} reads this).
 */
@RestController
public class StaffWordsController {

  /** The catalog changes only with a new version: a browser may keep it for a while. */
  private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(10)).cachePrivate();

  private final StaffWords words;
  private final CentreTimeZone centre;

  public StaffWordsController(StaffWords words, CentreTimeZone centre) {
    this.words = words;
    this.centre = centre;
  }

  /** What the browser needs: the centre's time zone, and the catalog. */
  public record Words(String timeZone, Map<String, Map<String, StaffWords.Word>> kinds,
      Map<String, StaffWords.Variable> variables) {}

  @GetMapping("/api/words")
  @AllowedGroups({Groups.SERVICE_ADVISOR, Groups.SERVICE_MANAGER, Groups.REGIONAL_MANAGER,
      Groups.PARTS_COORDINATOR, Groups.SALES, Groups.DELIVERY, Groups.STORE_MANAGER, Groups.AUDITOR,
      Groups.PROCESS_OWNER, Groups.MARKETING, Groups.CUSTOMER_SUCCESS})
  public ResponseEntity<Words> words() {
    return ResponseEntity.ok().cacheControl(CACHE)
        .body(new Words(centre.id(), words.catalog().kinds(), words.catalog().variables()));
  }
}
