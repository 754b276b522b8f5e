// SPEC 6's joint KPIs of the month on the report page (ADR 0030): sales' customers' first-year
// service NPS, the share of complaints caused by sales promises, and the repurchases and referrals
// among the month's vehicle orders from the dealer system (ADR 0036); service's rating by sales,
// given at the month's review (held early the next month).
const $ = id => document.getElementById(id);

export function showJointKpis(k, { fillTable, coded, words, pct, nps }) {
  const s = k.sales;
  const n = s.firstYearNps;
  fillTable($('joint-sales'), ['First-year service NPS / 首年服务NPS', 'Answers, first year / 首年答卷',
    'Promoters / 推荐者', 'Detractors / 贬损者', 'Answers without delivery date / 无交付日期的答卷',
    'Complaints from sales promises / 销售承诺导致的投诉占比', 'Repurchase, referral / 复购、转介绍'],
  [[nps(n), n.answers, n.promoters, n.detractors,
    `${s.answersWithoutDeliveryDate} of ${s.answersInMonth} / 共${s.answersInMonth}份中${s.answersWithoutDeliveryDate}份`,
    pct(s.salesPromiseComplaintRate), orders(s.vehicleOrders, pct)]]);
  const r = k.service;
  fillTable($('joint-service'), ["Sales' rating of after-sales support / 销售对售后支持的评分", 'Rated at / 评分时间'],
    [r.salesSupportRating
      ? [coded('supportRating', r.salesSupportRating), words.time(r.salesSupportRatedAt)]
      : ['Not rated yet: sales rate the month at its review, early next month / 尚未评分:于下月初的复盘会上评分', '–']]);
}

// "Repurchases 2 (20 %), referrals 1 (10 %) of 10 orders": the month's signed vehicle orders.
function orders(o, pct) {
  if (o.orders === 0) {
    return 'No vehicle orders received for the month / 本月未收到整车订单';
  }
  return `Repurchases ${o.repurchases} (${pct(o.repurchaseRate)}), referrals ${o.referrals} (${pct(o.referralRate)}) `
    + `of ${o.orders} orders / 共${o.orders}张订单:复购${o.repurchases}张(${pct(o.repurchaseRate)}),`
    + `转介绍${o.referrals}张(${pct(o.referralRate)})`;
}
