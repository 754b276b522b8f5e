package com.aftersales.bpm.common;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * A label made of a customer's name is no form-js template (form-js: a string that starts with "="
 * or holds "{{…}}") and has one line, and reads as sent once the invisible word joiners are left out.
 * The browser test e2e/hostile-text.test.cjs shows it in Tasklist.
 */
class FormLabelTextTest {

  /** form-js's FeelersTemplating.isTemplate, as Tasklist 7.24 bundles it. */
  private static boolean isTemplate(String label) {
    return label.startsWith("=") || label.matches("(?s).*\\{\\{.*?}}.*");
  }

  @Test
  void aNameIsNoTemplateAndReadsAsSent() {
    for (String name : new String[] {"王{{7*7}}先生", "={{customerPhone}}", "=count(for i in 1..99999999 return i)",
        "{{{7*7}}}", "a{{b}}c{{d}}", "王先生"}) {
      String label = FormLabelText.literal(name);
      Assertions.assertThat(isTemplate(label)).as(label).isFalse();
      Assertions.assertThat(label.replace(String.valueOf(FormLabelText.WORD_JOINER), "")).isEqualTo(name);
    }
  }

  @Test
  void aNameHasOneLineAndNoReversedText() {
    Assertions.assertThat(FormLabelText.literal("客户A · RO-9 · No issue\r\n客户B\t\u202Eevil"))
        .isEqualTo("客户A · RO-9 · No issue  客户B  evil");
    Assertions.assertThat(FormLabelText.literal(null)).isNull();
  }
}
