package com.aftersales.bpm.meeting;

import com.aftersales.bpm.common.StaffWords;
import com.aftersales.bpm.meeting.CapabilityReport.LevelFigures;
import com.aftersales.bpm.meeting.CapabilityReport.PromiseFigures;
import com.aftersales.bpm.meeting.CapabilityReport.WaitingPart;
import com.aftersales.bpm.meeting.CapabilityReport.Workshop;
import com.aftersales.bpm.report.RescueReport.Share;
import java.util.ArrayList;
import java.util.List;

/** The capability report as lines of text, for the joint case review's first form. */
final class CapabilityWords {

  /** More waiting parts than this are summed up in one line: the form is read in the meeting. */
  private static final int PARTS_SHOWN = 10;

  private CapabilityWords() {}

  static String of(CapabilityReport r, StaffWords words) {
    List<String> lines = new ArrayList<>();
    lines.add("After-sales capability, " + r.month() + " / 售后能力通报 " + r.month());
    lines.add("Parts waiting now / 当前缺件: " + r.partsWaiting().size());
    for (WaitingPart p : r.partsWaiting().stream().limit(PARTS_SHOWN).toList()) {
      lines.add("• " + p.partName() + " (" + p.partNumber() + ") · " + words.of("riskLevel", p.riskLevel()) + " · "
          + p.waitingDays() + " d / 天 · ETA / 预计到货 " + (p.supplierEta() == null ? StaffWords.NONE : p.supplierEta())
          + " · " + p.repairOrderId());
    }
    if (r.partsWaiting().size() > PARTS_SHOWN) {
      lines.add("• … " + (r.partsWaiting().size() - PARTS_SHOWN) + " more / 另有 " + (r.partsWaiting().size() - PARTS_SHOWN) + " 单");
    }
    Workshop w = r.workshop();
    lines.add("Workshop now / 车间当前: same-day repairs waiting / 待当天维修 " + w.repairsWaiting() + " (past their window / 已超时 "
        + w.repairsLate() + ") · parts due within " + w.days() + " days / " + w.days() + "天内预计到货 " + w.partsDueSoon());
    lines.add("Parts orders of the month / 本月缺件工单:");
    for (LevelFigures l : r.ordersByRiskLevel()) {
      lines.add("• " + words.of("riskLevel", l.riskLevel()) + ": " + l.orders() + " · still waiting / 仍在等待 "
          + l.stillWaiting() + " · longest wait / 最长等待 " + (l.oldestWaitDays() == null ? StaffWords.NONE : l.oldestWaitDays() + " d / 天"));
    }
    if (r.ordersByRiskLevel().isEmpty()) {
      lines.add("• " + StaffWords.NONE);
    }
    lines.add("Complaint hot spots / 投诉热点:");
    for (Share s : r.complaintHotSpots()) {
      lines.add("• " + words.of("rootCause", s.category()) + ": " + s.cases() + " (" + s.rate() + " %)");
    }
    if (r.complaintHotSpots().isEmpty()) {
      lines.add("• " + StaffWords.NONE);
    }
    PromiseFigures p = r.promises();
    lines.add("Sales promises recorded / 销售承诺记录: " + p.recorded() + " in / 份 " + p.checklists() + " checklists / 清单 · special / 特殊 "
        + p.special() + " (approved / 批准 " + p.approved() + ", changed / 修改 " + p.changed() + ", refused / 拒绝 "
        + p.refused() + ", awaiting / 待审批 " + p.awaitingApproval() + ") · made before approval / 未经预审批即承诺 "
        + p.madeBeforeApproval());
    lines.add("Low scores caused by sales promises / 因销售承诺导致的低分: " + r.salesPromiseLowScores());
    return String.join("\n", lines);
  }
}
