package com.aftersales.bpm.review;

import com.aftersales.bpm.common.StaffWords;
import com.aftersales.bpm.redalert.RedAlertModel;
import com.aftersales.bpm.parts.PartsModel;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The words of a candidate's label, as the chair reads it in the drop-down: "王先生 · B级 · 流失 ·
 * 9天 · 服务/销售". The codes are looked up in the staff words' catalog (Chinese only: the label is
 * one line in a narrow drop-down, and the chair reads Chinese).
 */
final class CandidateWords {

  private final StaffWords words;

  CandidateWords(StaffWords words) {
    this.words = words;
  }

  String label(ReviewCandidate c) {
    List<String> parts = new ArrayList<>();
    parts.add(c.customer() == null || c.customer().isBlank() ? "客户未知"
        : RedAlertModel.PROCESS.equals(c.process()) ? "红色警报 " + c.customer() : c.customer());
    if (c.gradeOrLevel() != null) {
      // a rescue has a grade (S级), a parts order a risk level (L1 致命)
      parts.add(zh(PartsModel.PROCESS.equals(c.process()) ? "riskLevel" : "grade", c.gradeOrLevel()));
    }
    parts.add(c.outcome() == null ? "结果未定" : zh(outcomeKind(c.outcome()), c.outcome()));
    parts.add(c.days() + "天");
    parts.add(c.departments().stream().map(d -> zh("department", d)).collect(Collectors.joining("/")));
    if (c.nominated()) {
      parts.add("已提名");
    }
    return String.join(" · ", parts);
  }

  private static String outcomeKind(String outcome) {
    if (ReviewCandidate.DECIDED_IN_WINDOW.equals(outcome) || ReviewCandidate.WINDOW_MISSED.equals(outcome)) {
      return "alertOutcome";
    }
    return ReviewCandidate.ESCALATED.equals(outcome) || ReviewCandidate.LONG_WAIT.equals(outcome) ? "partsOutcome" : "outcome";
  }

  private String zh(String kind, String code) {
    return words.word(kind, code).map(StaffWords.Word::zh).orElse(code);
  }
}
