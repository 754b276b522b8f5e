// The after-sales capability report on the report page (SPEC 6, part 1 of the sales–after-sales
// meeting): promises recorded, parts waiting now with their ETAs, the workshop's same-day repairs,
// the month's orders per risk level and its complaint hot spots. Reads /api/reports/capability through rescue.js.
const $ = id => document.getElementById(id);
const dash = v => (v === null || v === undefined || v === '' ? '–' : String(v));

export function showCapability(c, { fillTable, coded, words, pct }) {
  const p = c.promises;
  fillTable($('capability-promises'), ['Checklists / 清单', 'Promises / 承诺', 'Special / 特殊', 'Approved / 批准',
    'Changed / 修改', 'Refused / 拒绝', 'Awaiting / 待审批', 'Made before approval / 未经预审批即承诺',
    'Low scores from sales promises / 销售承诺导致的低分'],
  [[p.checklists, p.recorded, p.special, p.approved, p.changed, p.refused, p.awaitingApproval, p.madeBeforeApproval,
    c.salesPromiseLowScores]]);
  fillTable($('capability-parts'), ['Repair order / 维修单', 'Part / 配件', 'Risk level / 风险等级', 'Reported / 报告时间',
    'Waiting / 已等待', 'Supplier ETA / 预计到货', 'Promised / 承诺日期'], c.partsWaiting.map(w => [w.repairOrderId,
    `${dash(w.partName)} (${dash(w.partNumber)})`, coded('riskLevel', w.riskLevel), words.time(w.reportedAt),
    `${w.waitingDays} d / 天`, dash(w.supplierEta), dash(w.promisedDate)]));
  const w = c.workshop;
  fillTable($('capability-workshop'), ['Same-day repairs waiting / 待当天维修', 'Past their window / 已超时',
    `Parts due within ${w.days} days / ${w.days}天内预计到货`], [[w.repairsWaiting, w.repairsLate, w.partsDueSoon]]);
  fillTable($('capability-levels'), ['Risk level / 风险等级', 'Orders / 工单', 'Still waiting / 仍在等待',
    'Longest wait / 最长等待'], c.ordersByRiskLevel.map(l => [coded('riskLevel', l.riskLevel), l.orders, l.stillWaiting,
    l.oldestWaitDays === null ? '–' : `${l.oldestWaitDays} d / 天`]));
  fillTable($('capability-hot-spots'), ['Root cause / 根本原因', 'Rescues / 案例', 'Share / 占比'],
    c.complaintHotSpots.map(s => [coded('rootCause', s.category), s.cases, pct(s.rate)]));
  $('capability-section').hidden = false;
}
