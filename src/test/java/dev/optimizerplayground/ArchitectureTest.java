package dev.optimizerplayground;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.optimizerplayground.ui.export.HeadlessRender;

/**
 * The layers, bottom up: the core (surfaces, optimizers, runs, files), the plot maths, the
 * playground state ({@code session}), the window ({@code ui}), the command line. The image
 * encoders ({@code export}) stand beside them and use nothing. Everything below {@code ui} is plain
 * Java, so the command line runs it with no display and the tests check it directly.
 */
@AnalyzeClasses(packages = "dev.optimizerplayground", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "dev.optimizerplayground.";

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Core").definedBy(ROOT + "core..")
            .layer("Encoders").definedBy(ROOT + "export..")
            .layer("Plot").definedBy(ROOT + "plot..")
            .layer("Session").definedBy(ROOT + "session..")
            .layer("Ui").definedBy(ROOT + "ui..")
            .layer("Cli").definedBy(ROOT + "cli..")
            .whereLayer("Core").mayNotAccessAnyLayer()
            // Core for its message bundles (core.text) alone: a refused picture size is read by a person.
            .whereLayer("Encoders").mayOnlyAccessLayers("Core")
            .whereLayer("Plot").mayOnlyAccessLayers("Core")
            .whereLayer("Session").mayOnlyAccessLayers("Core", "Plot")
            .whereLayer("Ui").mayOnlyAccessLayers("Core", "Encoders", "Plot", "Session")
            // Plot for the pictures of sweep and basins: plot maths (colour maps, scales) below the UI.
            .whereLayer("Cli").mayOnlyAccessLayers("Core", "Encoders", "Plot", "Session", "Ui")
            .because("each layer builds on the ones below and is observed by the ones above");

    @ArchTest
    static final ArchRule javaFxOnlyInTheUi = noClasses()
            .that().resideOutsideOfPackage(ROOT + "ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("the core, plot maths, state and command line must run headless and be tested directly");

    @ArchTest
    static final ArchRule commandLineReachesTheUiOnlyThroughItsHeadlessEntry = noClasses()
            .that().resideInAPackage(ROOT + "cli..")
            .should().dependOnClassesThat(resideInAPackage(ROOT + "ui..").and(not(
                    belongToAnyOf(HeadlessRender.class))))
            .because("render computes its runs from the state itself and hands only the pixels to the UI");

    @ArchTest
    static final ArchRule noCircleBetweenLayers = slices().matching(ROOT + "(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCircleBetweenPackages = slices().matching(ROOT + "(**)").should().beFreeOfCycles();
}
