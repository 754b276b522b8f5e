package com.aftersales.bpm.support;

import com.aftersales.bpm.common.StaffWords;
import com.aftersales.bpm.promise.CustomerPromise;
import com.aftersales.bpm.promise.CustomerPromises;
import com.aftersales.bpm.promise.PromiseKind;
import com.aftersales.bpm.promise.PromiseState;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * A customer's sales promises as the process tests of the rescue and the parts order need them: the
 * model bean {@code customerPromises} reads this book, which a test changes while a case runs (a promise
 * recorded, approved or refused after the case started), as the promise table would change.
 */
public final class ShownPromises {

  private final Map<String, List<CustomerPromise>> byCustomer = new ConcurrentHashMap<>();

  private ShownPromises() {}

  /** A book with no promises, registered as the model bean {@code customerPromises} of this test. */
  public static ShownPromises registered() {
    ShownPromises book = new ShownPromises();
    Mocks.register("customerPromises", CustomerPromises.wordsOnly(book::of, new StaffWords()));
    return book;
  }

  /** Records promise number {@code item} of the customer, or moves it to {@code state}. */
  public ShownPromises put(String customerId, int item, String promised, PromiseState state) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    List<CustomerPromise> promises = new ArrayList<>(of(customerId));
    promises.removeIf(p -> p.item() == item);
    promises.add(new CustomerPromise("CL-" + customerId, item, customerId, "SO-" + customerId, now, now,
        PromiseKind.SERVICE, promised, BigDecimal.ZERO, null, "SPECIAL", state, null, null, null));
    promises.sort((a, b) -> Integer.compare(a.item(), b.item()));
    byCustomer.put(customerId, List.copyOf(promises));
    return this;
  }

  private List<CustomerPromise> of(String customerId) {
    return byCustomer.getOrDefault(customerId, List.of());
  }
}
