package dev.optimizerplayground;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The core and the plot maths are plain Java: the command line runs them with no display. */
@AnalyzeClasses(packages = "dev.optimizerplayground", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreHasNoJavaFx = noClasses()
            .that().resideInAnyPackage("dev.optimizerplayground.core..", "dev.optimizerplayground.plot..",
                    "dev.optimizerplayground.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("the core, plot maths and trace command must run headless and be tested directly");

    @ArchTest
    static final ArchRule coreDoesNotKnowTheUi = noClasses()
            .that().resideInAPackage("dev.optimizerplayground.core..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.optimizerplayground.ui..",
                    "dev.optimizerplayground.cli..", "dev.optimizerplayground.plot..")
            .because("the core is the bottom layer; everything else observes it");
}
