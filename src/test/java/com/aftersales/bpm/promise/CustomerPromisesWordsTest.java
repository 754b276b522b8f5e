package com.aftersales.bpm.promise;

import com.aftersales.bpm.common.CentreTimeZone;
import com.aftersales.bpm.common.StaffWords;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

/**
 * The open promises in words (the rescue's first contact, the parts forms) say when the customer
 * confirmed them, in the centre's time, or that nobody recorded it (checklists from before V9).
 */
class CustomerPromisesWordsTest {

  static final Instant RECORDED = Instant.parse("2026-03-01T01:40:00Z");

  @Test
  void eachOpenPromiseSaysWhenTheCustomerConfirmedIt() {
    CustomerPromiseTable table = Mockito.mock(CustomerPromiseTable.class);
    Mockito.when(table.ofCustomer("C-1")).thenReturn(List.of(
        promise("CL-NEW", Instant.parse("2026-03-01T02:00:59Z")), promise("CL-OLD", null)));
    CustomerPromises promises = new CustomerPromises(table, new StaffWords(), new CentreTimeZone("Asia/Shanghai"));

    Assertions.assertThat(promises.openInWords("C-1").lines()).containsExactly(
        "• Free item / 免费项目: free wash · 50 CNY / 元 · Standard, recorded / 标准承诺,已记录 · SO-CL-NEW"
            + " · Confirmed by the customer / 客户确认 2026-03-01 10:00",
        "• Free item / 免费项目: free wash · 50 CNY / 元 · Standard, recorded / 标准承诺,已记录 · SO-CL-OLD"
            + " · Customer's confirmation not recorded / 未记录客户确认");
  }

  /** Security review, stop 34: 9 promises of 500 characters made a 5,597-character text the engine could not store. */
  @Test
  void manyLongPromisesFitTheEnginesTextAndSayHowManyMoreThereAre() {
    List<String> lines = java.util.stream.IntStream.range(0, 30).mapToObj(i -> "• " + "长".repeat(600)).toList();

    String text = CustomerPromises.fitted(lines, CustomerPromises.MAX_TEXT);

    Assertions.assertThat(text.length()).isLessThanOrEqualTo(CustomerPromises.MAX_TEXT);
    Assertions.assertThat(text.lines().filter(l -> l.startsWith("• "))).hasSize(6);
    Assertions.assertThat(text).endsWith("… and 24 more: see the customer's promises / 另有24条,请查看客户承诺清单");
    Assertions.assertThat(CustomerPromises.fitted(lines.subList(0, 2), CustomerPromises.MAX_TEXT)).as("what fits is all there").isEqualTo(
        lines.get(0) + "\n" + lines.get(1));
  }

  private static CustomerPromise promise(String checklistId, Instant confirmed) {
    return new CustomerPromise(checklistId, 1, "C-1", "SO-" + checklistId, RECORDED, confirmed, PromiseKind.FREE_SERVICE,
        "free wash", new BigDecimal("50.00"), null, PromiseClass.STANDARD.name(), PromiseState.RECORDED, null, null, null);
  }
}
