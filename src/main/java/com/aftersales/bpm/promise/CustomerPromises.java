package com.aftersales.bpm.promise;

import com.aftersales.bpm.common.CentreTimeZone;
import com.aftersales.bpm.common.DisplayDates;
import com.aftersales.bpm.common.FittedLines;
import com.aftersales.bpm.common.ModelBean;
import com.aftersales.bpm.common.StaffWords;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import com.aftersales.bpm.engine.EngineClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the models ask about promises: the checklist's promises one by one, the policy's verdict
 * and the manager's decision written back, and a customer's open promises in words for the
 * service side's forms (the rescue's and the parts order's steps that talk to the customer or decide
 * what we owe them, ADR 55).
 */
@ModelBean("customerPromises")
public class CustomerPromises {

  /** A checklist recorded before the customer's confirmation was part of it. */
  static final String NOT_CONFIRMED = "Customer's confirmation not recorded / 未记录客户确认";
  /** The most an engine string variable holds. */
  static final int MAX_TEXT = FittedLines.ENGINE_TEXT;
  static final String MORE = "\n… and %d more: see the customer's promises / 另有%d条,请查看客户承诺清单";

  private final CustomerPromiseTable table;
  private final Function<String, List<CustomerPromise>> ofCustomer;
  private final StaffWords words;
  private final ZoneId zone;
  private final DisplayDates dates;

  @Autowired
  public CustomerPromises(CustomerPromiseTable table, StaffWords words, CentreTimeZone centre) {
    this(table, table::ofCustomer, words, centre);
  }

  /** For process tests of other models, which need only the words (no promise table). */
  public static CustomerPromises wordsOnly(Function<String, List<CustomerPromise>> ofCustomer, StaffWords words) {
    return new CustomerPromises(null, ofCustomer, words, new CentreTimeZone(ZoneOffset.UTC));
  }

  private CustomerPromises(CustomerPromiseTable table, Function<String, List<CustomerPromise>> ofCustomer,
      StaffWords words, CentreTimeZone centre) {
    this.table = table;
    this.ofCustomer = ofCustomer;
    this.words = words;
    this.zone = centre.zone();
    this.dates = new DisplayDates(centre);
  }

  /** The multi-instance collection: one id per promise of the checklist. */
  public List<String> itemIds(String checklistId) {
    return table.itemIds(checklistId);
  }

  public String kind(String itemId) {
    return table.item(itemId).kind().name();
  }

  /** The value in CNY as the decision table compares it. */
  public Double value(String itemId) {
    return table.item(itemId).value().doubleValue();
  }

  /** One promise in one line, for the approval form and the sales advisor's notification. */
  public String inWords(String itemId) {
    return line(table.item(itemId));
  }

  /** The same line for a promise already read (no query per promise). */
  String inWords(CustomerPromise promise) {
    return line(promise);
  }

  /** STANDARD is recorded at once; SPECIAL waits for the service manager's pre-approval. */
  public void classify(String itemId, String promiseClass) {
    PromiseState state = PromiseClass.STANDARD.is(promiseClass) ? PromiseState.RECORDED : PromiseState.AWAITING_APPROVAL;
    table.classify(itemId, promiseClass, state);
  }

  public void decide(String itemId, String decision, String reason, String changedPromise) {
    table.decide(itemId, PromiseDecision.valueOf(decision), reason, changedPromise, EngineClock.instant());
  }

  /**
   * The customer's open promises, one line each with when the customer confirmed them, or a line
   * saying there are none.
   */
  public String openInWords(String customerId) {
    LocalDate today = LocalDate.ofInstant(EngineClock.instant(), zone);
    List<String> lines = customerId == null ? List.of() : ofCustomer.apply(customerId).stream()
        .filter(p -> p.openOn(today)).map(p -> "• " + line(p) + " · " + confirmation(p)).toList();
    return lines.isEmpty() ? "No open sales promises / 无未兑现的销售承诺" : fitted(lines, MAX_TEXT);
  }

  /** The lines that fit in {@code most} characters, then how many more there are ({@link FittedLines}). */
  static String fitted(List<String> lines, int most) {
    return FittedLines.of(lines, most, MORE);
  }

  /**
   * When the customer confirmed, in the centre's time; a checklist recorded before the confirmation
   * was asked (V9) says so rather than nothing, as nobody knows whether the customer saw it.
   */
  private String confirmation(CustomerPromise p) {
    return p.customerConfirmedAt() == null ? NOT_CONFIRMED
        : words.variable(PromiseVariables.CUSTOMER_CONFIRMED_AT.name()) + " " + dates.at(Date.from(p.customerConfirmedAt()));
  }

  private String line(CustomerPromise p) {
    StringBuilder line = new StringBuilder(words.of("promiseKind", p.kind().name())).append(": ").append(p.promised())
        .append(" · ").append(p.value().stripTrailingZeros().toPlainString()).append(" CNY / 元");
    if (p.validUntil() != null) {
      line.append(" · until / 有效期至 ").append(p.validUntil());
    }
    line.append(" · ").append(words.of("promiseState", p.state().name()));
    if (p.decisionReason() != null && !p.decisionReason().isBlank()) {
      line.append(" (").append(p.decisionReason()).append(")");
    }
    return line.append(" · ").append(p.orderId()).toString();
  }
}
