package com.aftersales.bpm.decisions;

import static com.aftersales.bpm.decisions.DecisionTable.map;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * processes/public-opinion-words.dmn (COLLECT) against SPEC 1.2's public-opinion risk (media, a
 * social post, a regulator threat): one rule per channel, for detractors of 4-6 only (0-3 are grade
 * S anyway; a promoter's words do not start a rescue). A complaint or a lawyer alone is not public
 * opinion, and "immediately" is no media.
 */
class PublicOpinionWordsDecisionTest {

  private static final DecisionTable TABLE = new DecisionTable("/processes/public-opinion-words.dmn", "publicOpinionWords");

  private static final String MEDIA = "Rule_MediaWords";
  private static final String SOCIAL = "Rule_SocialPostWords";
  private static final String REGULATOR = "Rule_RegulatorWords";
  private static final Map<String, String> CHANNEL = Map.of(MEDIA, "MEDIA", SOCIAL, "SOCIAL_POST", REGULATOR, "REGULATOR");

  record WordsCase(Integer score, String comment, List<String> ruleIds) {
    @Override
    public String toString() {
      return score + " '" + comment + "' -> " + ruleIds;
    }
  }

  static Stream<WordsCase> cases() {
    return Stream.of(
        // no public opinion
        words(5, null),
        words(5, ""),
        words(6, "等了三个小时,太慢了"),
        words(4, "我要投诉,找律师"),
        words(5, "Please call me back immediately"),
        // one channel each
        words(5, "再不解决我就找媒体", MEDIA),
        words(6, "我要曝光你们", MEDIA),
        words(4, "I have called a journalist", MEDIA),
        words(5, "明天就发微博", SOCIAL),
        words(6, "拍个抖音让大家看看", SOCIAL),
        words(5, "I will post it on Weibo", SOCIAL),
        words(4, "打12315", REGULATOR),
        words(5, "去市场监管局投诉", REGULATOR),
        words(6, "I will report you to the regulator", REGULATOR),
        // seed 004's exercise, as if the score were 5: two channels
        words(5, "对特斯拉彻底失望,准备投诉到工信部和媒体。", MEDIA, REGULATOR),
        // only detractors of 4-6
        words(3, "准备投诉到工信部和媒体"),
        words(7, "准备投诉到工信部和媒体"),
        words(10, "媒体朋友推荐的,非常满意"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void findsTheChannelsTheCustomerNames(WordsCase c) {
    Map<String, Map<String, Object>> matched = TABLE.evaluateAll(inputs(c));

    Map<String, Map<String, Object>> expected = new LinkedHashMap<>();
    c.ruleIds().forEach(ruleId -> expected.put(ruleId, map("publicOpinionWords", CHANNEL.get(ruleId))));
    Assertions.assertThat(matched).as("channels in '%s'", c.comment()).isEqualTo(expected);
  }

  @Test
  void everyRuleOfTheTableHasACase() {
    Set<String> exercised = cases().flatMap(c -> TABLE.evaluateAll(inputs(c)).keySet().stream())
        .collect(Collectors.toSet());

    Assertions.assertThat(exercised).containsExactlyInAnyOrderElementsOf(TABLE.ruleIds());
  }

  private static Map<String, Object> inputs(WordsCase c) {
    return map("score", c.score(), "comment", c.comment());
  }

  private static WordsCase words(Integer score, String comment, String... ruleIds) {
    return new WordsCase(score, comment, Arrays.asList(ruleIds));
  }
}
