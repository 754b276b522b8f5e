package com.aftersales.bpm.audit;

import com.aftersales.bpm.common.ApiException;
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

  @GetMapping("/customer-cases")
  public List<String> customerCases(@RequestParam(required = false) String name) {
    if (name == null || name.isBlank() || name.length() > 100) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "name", "name must be 1 to 100 characters");
    }
    return customerCases.withNameContaining(name.trim());
  }
}
