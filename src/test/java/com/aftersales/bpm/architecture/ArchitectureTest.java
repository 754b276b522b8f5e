package com.aftersales.bpm.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The package rules of docs/adr/0018, checked on the main classes (no engine, a second or two):
 * no cycles between the top-level packages; features meet only through {@code common/}, the engine
 * adapter, each other's {@code *Variables} catalogs and {@code *Model} keys (what a process records
 * and how it is called: its published contract) and the few published classes of {@link
 * PublishedClasses}; nothing but the adapter {@code com.aftersales.bpm.engine} touches the engine's
 * internals or its tables.
 */
@AnalyzeClasses(packages = "com.aftersales.bpm", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  static final String ROOT = "com.aftersales.bpm.";
  static final String ADAPTER = "com.aftersales.bpm.engine";

  /** (a) Top-level packages (features, common, the adapter, security, demo ...) form no cycle. */
  @ArchTest
  static final ArchRule noCycles = slices().matching("com.aftersales.bpm.(*)..").should().beFreeOfCycles();

  /** (b) A feature uses another only through common/, the adapter, a catalog or a published class. */
  @ArchTest
  static final ArchRule featuresMeetThroughCommon = classes().that().resideInAPackage("com.aftersales.bpm.*..")
      .should(new ArchCondition<JavaClass>("use other features only through common/, the engine adapter, "
          + "*Variables catalogs, *Model keys and PublishedClasses") {
        @Override
        public void check(JavaClass origin, ConditionEvents events) {
          for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
            JavaClass target = dependency.getTargetClass();
            String from = module(origin);
            String to = module(target);
            if (to == null || to.equals(from) || to.equals("common") || to.equals("engine")
                || topLevel(target).getSimpleName().endsWith("Variables")
                || topLevel(target).getSimpleName().endsWith("Model")
                || PublishedClasses.allows(from, topLevel(target).getName())) {
              continue;
            }
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      });

  /** common/ is shared by all, so it depends on no feature (only on the engine adapter). */
  @ArchTest
  static final ArchRule commonDependsOnNoFeature = noClasses().that().resideInAPackage("com.aftersales.bpm.common..")
      .should().dependOnClassesThat(ownedByAFeature("common", "engine"));

  /** The adapter depends on no package of ours: the features plug into it, not it into them. */
  @ArchTest
  static final ArchRule adapterDependsOnNothingOfOurs = noClasses().that().resideInAPackage(ADAPTER + "..")
      .should().dependOnClassesThat(ownedByAFeature("engine"));

  /** (c) The engine's internal packages are used in the adapter only. */
  @ArchTest
  static final ArchRule engineInternalsInTheAdapterOnly = noClasses().that().resideOutsideOfPackage(ADAPTER + "..")
      .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl..")
      .because("docs/adr/0018: one adapter touches the engine's internals");

  /** SQL names the engine's tables (ACT_xx_...) only in the adapter, and in the schema migration that creates them. */
  @Test
  void engineTablesAreQueriedInTheAdapterOnly() throws IOException {
    Pattern engineTable = Pattern.compile("\\bACT_[A-Z]{2}_[A-Z_]+");
    Path main = Path.of("src/main/java/com/aftersales/bpm");
    List<Path> allowed = List.of(main.resolve("engine"), main.resolve("database"));
    try (Stream<Path> files = Files.walk(main)) {
      List<String> offenders = files.filter(f -> f.toString().endsWith(".java"))
          .filter(f -> allowed.stream().noneMatch(f::startsWith))
          .filter(f -> read(f).lines().anyMatch(line -> engineTable.matcher(line).find()))
          .map(Path::toString).toList();
      Assertions.assertThat(offenders).as("classes naming the engine's tables outside the adapter").isEmpty();
    }
  }

  /** The top-level package of a class of ours (a feature, common, engine, security ...), or null. */
  static String module(JavaClass type) {
    String name = type.getPackageName();
    if (!name.startsWith(ROOT)) {
      return null;
    }
    String rest = name.substring(ROOT.length());
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  private static JavaClass topLevel(JavaClass type) {
    JavaClass outer = type;
    while (outer.getEnclosingClass().isPresent()) {
      outer = outer.getEnclosingClass().get();
    }
    return outer;
  }

  private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> ownedByAFeature(String... except) {
    List<String> excepted = List.of(except);
    return com.tngtech.archunit.base.DescribedPredicate.describe("classes of a package of ours other than "
        + excepted, type -> module(type) != null && !excepted.contains(module(type)));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
