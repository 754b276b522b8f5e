package com.aftersales.bpm.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.bpm.security.models.ModelBeans;
import com.aftersales.bpm.support.CodeSources;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every name in {@code processes/} and {@code forms/} is one the code declares (see
 * {@link ModelNames} for the rule), and the check is proven to catch a misspelt one on the
 * fixture in {@code src/test/resources/models/misspelt}.
 */
class ModelNamesTest {

  private final ModelNames names = new ModelNames(CodeSources.typedVariables().keySet(),
      ModelBeans.scan("com.aftersales.bpm").names());

  @Test
  void everyExpressionAndFormKeyOfTheModelsNamesAKnownVariableOrBean() {
    List<ModelNames.Problem> problems = names.check(Path.of("processes"), Path.of("forms"));
    assertThat(problems).as("names the code does not declare").isEmpty();
  }

  @Test
  void misspeltNamesAreReportedWithTheirFileAndElement() {
    Path fixture = Path.of("src/test/resources/models/misspelt");
    assertThat(names.check(fixture, fixture)).extracting(Object::toString).containsExactlyInAnyOrder(
        "misspelt.bpmn · Task_CallCustomer: 'custmerName' is neither a catalog variable, a model bean nor an engine name",
        "misspelt.bpmn · Task_CallCustomer: 'staffWord' is neither a catalog variable, a model bean nor an engine name",
        "misspelt.bpmn · Task_CallCustomer: 'todai' is not a function of the engine",
        "misspelt.bpmn · Task_CallCustomer: 'gradeInWord' is not a variable of any catalog (*Variables)",
        "misspelt.bpmn · Flow_Escalate: 'escalatd' is not a variable of any catalog (*Variables)",
        "misspelt.bpmn · Task_EachDepartment: 'departmnt' is not a variable of any catalog (*Variables)",
        "misspelt.dmn · InputExpression_Score: 'scor' is not a variable of any catalog (*Variables)",
        "misspelt.form · Field_RootCause: 'rootCauseCategry' is not a variable of any catalog (*Variables)",
        "misspelt.form · Field_Comment: 'approvalDecison' is not a variable of any catalog (*Variables)");
  }
}
