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

  private static CustomerPromise promise(String checklistId, Instant confirmed) {
    return new CustomerPromise(checklistId, 1, "C-1", "SO-" + checklistId, RECORDED, confirmed, PromiseKind.FREE_SERVICE,
        "free wash", new BigDecimal("50.00"), null, PromiseClass.STANDARD.name(), PromiseState.RECORDED, null, null, null);
  }
}
