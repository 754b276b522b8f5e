package com.aftersales.bpm.audit;

import com.aftersales.bpm.common.ApiException;
import com.aftersales.bpm.common.AllowedGroups;
import com.aftersales.bpm.common.Groups;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read-only helper of Cockpit's "Case history" search: case ids by customer name. */
@RestController
@RequestMapping(path = "/api/history", produces = MediaType.APPLICATION_JSON_VALUE)
public class HistorySearchController {

  private final CustomerCases customerCases;

  public HistorySearchController(CustomerCases customerCases) {
    this.customerCases = customerCases;
  }

  /** Case ids of every customer (names are personal data): for those who read case history. */
  @GetMapping("/customer-cases")
  @AllowedGroups({Groups.AUDITOR, Groups.STORE_MANAGER, Groups.CUSTOMER_SUCCESS})
  public List<String> customerCases(@RequestParam(required = false) String name) {
    String text = name == null ? "" : name.strip();
    if (text.isEmpty() || text.length() > 100 || text.chars().anyMatch(Character::isISOControl)) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "name",
          "name must be 1 to 100 characters without control characters");
    }
    return customerCases.withNameContaining(text);
  }
}
