package com.aftersales.bpm.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;

/** Rules for the tests' own set-up, so that what one home gives is not written again in each test. */
@AnalyzeClasses(packages = "com.aftersales.bpm", importOptions = ImportOption.OnlyIncludeTests.class)
class TestScaffoldingTest {

  private static final Set<String> SUPPORTED = Arrays.stream(ApplicationTestSupport.class.getDeclaredFields())
      .map(Field::getType).map(Class::getName).collect(Collectors.toSet());

  /** A whole-application test extends ApplicationTestSupport for the engine's services and the HTTP client. */
  @ArchTest
  static final ArchRule applicationTestsTakeTheCommonBeansFromOneList = noFields().that()
      .areAnnotatedWith(Autowired.class).and().areDeclaredInClassesThat().areAnnotatedWith(ApplicationTest.class)
      .should().haveRawType(DescribedPredicate.describe("a type ApplicationTestSupport provides",
          (JavaClass type) -> SUPPORTED.contains(type.getName())));
}
