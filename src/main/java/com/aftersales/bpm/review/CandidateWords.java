package com.aftersales.bpm.review;

import com.aftersales.bpm.parts.PartsVariables;
import com.aftersales.bpm.security.Groups;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The words of a candidate's label, as the chair reads it in the drop-down: "王先生 · 等级B · 流失 ·
 * 9天 · 服务". A stopgap: once the central code-to-words catalog exists, these codes are looked up
 * there and this class goes.
 */
final class CandidateWords {

  private static final Map<String, String> OUTCOMES = Map.of(
      "PROMOTER", "转为推荐者", "RECOVERED", "已挽回", "NOT_RECOVERED", "未挽回", "CHURNED", "流失",
      ReviewCandidate.ESCALATED, "已升级", ReviewCandidate.LONG_WAIT, "久等配件");
  private static final Map<String, String> DEPARTMENTS = Map.of(
      Groups.SERVICE_MANAGER, "服务", Groups.SERVICE_ADVISOR, "服务顾问", Groups.PARTS_COORDINATOR, "配件",
      Groups.SALES, "销售", Groups.DELIVERY, "交付", Groups.STORE_MANAGER, "门店", Groups.REGIONAL_MANAGER, "区域");

  private CandidateWords() {}

  static String label(ReviewCandidate c) {
    List<String> parts = new ArrayList<>();
    parts.add(c.customer() == null || c.customer().isBlank() ? "客户未知" : c.customer());
    if (c.gradeOrLevel() != null) {
      // a rescue has a grade (等级), a parts order a risk level (风险等级)
      parts.add((PartsVariables.PROCESS.equals(c.process()) ? "风险" : "等级") + c.gradeOrLevel());
    }
    parts.add(c.outcome() == null ? "结果未定" : OUTCOMES.getOrDefault(c.outcome(), c.outcome()));
    parts.add(c.days() + "天");
    parts.add(c.departments().stream().map(d -> DEPARTMENTS.getOrDefault(d, d)).collect(Collectors.joining("/")));
    if (c.nominated()) {
      parts.add("已提名");
    }
    return String.join(" · ", parts);
  }
}
