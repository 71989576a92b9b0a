package dev.optimizerplayground.core.optimizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class OptimizerConfigTest {

    private static OptimizerConfig defaults(OptimizerKind kind, Convention convention) {
        return OptimizerConfig.defaults(kind, convention);
    }

    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of((UnaryOperator<OptimizerConfig>) c -> c.withLearningRate(-1),
                        "learning rate must be a finite number > 0, got -1"),
                Arguments.of((UnaryOperator<OptimizerConfig>) c -> c.withLearningRate(0),
                        "learning rate must be a finite number > 0, got 0"),
                Arguments.of((UnaryOperator<OptimizerConfig>) c -> c.withLearningRate(Double.NaN),
                        "learning rate must be a finite number > 0, got NaN"),
                Arguments.of((UnaryOperator<OptimizerConfig>) c -> c.withLearningRate(Double.POSITIVE_INFINITY),
                        "learning rate must be a finite number > 0, got Infinity"),
                Arguments.of((UnaryOperator<OptimizerConfig>) c -> c.withMomentum(1),
                        "momentum must be in [0, 1), got 1"),
                Arguments.of((UnaryOperator<OptimizerConfig>) c -> c.withMomentum(-0.5),
                        "momentum must be in [0, 1), got -0.5"),
                Arguments.of((UnaryOperator<OptimizerConfig>) c -> c.withBeta(1.5),
                        "beta must be in [0, 1), got 1.5"),
                Arguments.of((UnaryOperator<OptimizerConfig>) c -> c.withBeta(Double.NaN),
                        "beta must be in [0, 1), got NaN"),
                Arguments.of((UnaryOperator<OptimizerConfig>) c -> c.withBeta1(1),
                        "beta1 must be in [0, 1), got 1"),
                Arguments.of((UnaryOperator<OptimizerConfig>) c -> c.withBeta2(-0.001),
                        "beta2 must be in [0, 1), got -0.001"),
                Arguments.of((UnaryOperator<OptimizerConfig>) c -> c.withEpsilon(0),
                        "epsilon must be a finite number > 0, got 0"),
                Arguments.of((UnaryOperator<OptimizerConfig>) c -> c.withEpsilon(-1e-8),
                        "epsilon must be a finite number > 0, got -1e-8"),
                Arguments.of((UnaryOperator<OptimizerConfig>) c -> c.withInitialAccumulator(-0.1),
                        "initial accumulator must be a finite number >= 0, got -0.1"),
                Arguments.of((UnaryOperator<OptimizerConfig>) c -> c.withMomentumDecay(Double.NaN),
                        "momentum decay must be a finite number >= 0, got NaN"),
                Arguments.of((UnaryOperator<OptimizerConfig>) c -> c.withMomentum(0).withNesterov(true),
                        "Nesterov momentum needs momentum > 0, got 0"));
    }

    @ParameterizedTest
    @MethodSource("badValues")
    void validateNamesTheBadValue(UnaryOperator<OptimizerConfig> spoil, String message) {
        OptimizerConfig bad = spoil.apply(defaults(OptimizerKind.SGD, Convention.PYTORCH));
        assertEquals(message, assertThrows(IllegalArgumentException.class, bad::validate).getMessage());
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> bad.create(2)).getMessage());
    }

    @Test
    void nesterovWithoutMomentumMattersOnlyForSgd() {
        defaults(OptimizerKind.ADAM, Convention.PYTORCH).withNesterov(true).validate();
    }

    @ParameterizedTest
    @EnumSource(OptimizerKind.class)
    void everyDefaultIsValidAndCreatesAnOptimizer(OptimizerKind kind) {
        for (Convention convention : Convention.values()) {
            Optimizer optimizer = defaults(kind, convention).create(2);
            assertEquals(kind, optimizer.config().kind());
            assertEquals(convention, optimizer.config().convention());
        }
    }

    @Test
    void createRejectsANonPositiveDimension() {
        OptimizerConfig config = defaults(OptimizerKind.ADAM, Convention.PYTORCH);
        assertEquals("dimension must be at least 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> config.create(0)).getMessage());
    }

    @Test
    void stepRejectsMismatchedArraysWithoutChangingAnything() {
        Optimizer optimizer = defaults(OptimizerKind.ADAM, Convention.PYTORCH).create(2);
        double[] theta = {1, 2};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> optimizer.step(theta, new double[] {1, 2, 3}));
        assertEquals("optimizer was created for 2 parameters, got theta of length 2 and gradient of length 3",
                e.getMessage());
        assertEquals(0, optimizer.stepCount());
        assertEquals(1, theta[0]);
        assertEquals(0, optimizer.state(0, 0));
    }

    @Test
    void pytorchAndKerasDefaultsDifferAsDocumented() {
        OptimizerConfig torchAdagrad = defaults(OptimizerKind.ADAGRAD, Convention.PYTORCH);
        OptimizerConfig kerasAdagrad = defaults(OptimizerKind.ADAGRAD, Convention.KERAS);
        assertEquals(0.01, torchAdagrad.learningRate());
        assertEquals(1e-10, torchAdagrad.epsilon());
        assertEquals(EpsilonPlacement.OUTSIDE, torchAdagrad.epsilonPlacement());
        assertEquals(0, torchAdagrad.initialAccumulator());
        assertEquals(0.001, kerasAdagrad.learningRate());
        assertEquals(1e-7, kerasAdagrad.epsilon());
        assertEquals(EpsilonPlacement.INSIDE, kerasAdagrad.epsilonPlacement());
        assertEquals(0.1, kerasAdagrad.initialAccumulator());

        OptimizerConfig torchRms = defaults(OptimizerKind.RMSPROP, Convention.PYTORCH);
        OptimizerConfig kerasRms = defaults(OptimizerKind.RMSPROP, Convention.KERAS);
        OptimizerConfig textbookRms = defaults(OptimizerKind.RMSPROP, Convention.TEXTBOOK);
        assertEquals(java.util.List.of(0.01, 0.99, 1e-8, EpsilonPlacement.OUTSIDE),
                java.util.List.of(torchRms.learningRate(), torchRms.beta(), torchRms.epsilon(), torchRms.epsilonPlacement()));
        assertEquals(java.util.List.of(0.001, 0.9, 1e-7, EpsilonPlacement.INSIDE),
                java.util.List.of(kerasRms.learningRate(), kerasRms.beta(), kerasRms.epsilon(), kerasRms.epsilonPlacement()));
        assertEquals(java.util.List.of(0.001, 0.9, 1e-8, EpsilonPlacement.INSIDE),
                java.util.List.of(textbookRms.learningRate(), textbookRms.beta(), textbookRms.epsilon(),
                        textbookRms.epsilonPlacement()));

        OptimizerConfig torchAdam = defaults(OptimizerKind.ADAM, Convention.PYTORCH);
        OptimizerConfig kerasAdam = defaults(OptimizerKind.ADAM, Convention.KERAS);
        assertEquals(1e-8, torchAdam.epsilon());
        assertEquals(false, torchAdam.epsilonHat());
        assertEquals(1e-7, kerasAdam.epsilon());
        assertEquals(true, kerasAdam.epsilonHat());
        assertEquals(torchAdam, defaults(OptimizerKind.ADAM, Convention.TEXTBOOK).withConvention(Convention.PYTORCH));

        OptimizerConfig torchNadam = defaults(OptimizerKind.NADAM, Convention.PYTORCH);
        OptimizerConfig kerasNadam = defaults(OptimizerKind.NADAM, Convention.KERAS);
        assertEquals(java.util.List.of(0.002, 1e-8, 0.004, false),
                java.util.List.of(torchNadam.learningRate(), torchNadam.epsilon(), torchNadam.momentumDecay(),
                        torchNadam.epsilonHat()));
        assertEquals(java.util.List.of(0.001, 1e-7, 1.0, false),
                java.util.List.of(kerasNadam.learningRate(), kerasNadam.epsilon(), kerasNadam.momentumDecay(),
                        kerasNadam.epsilonHat()));

        OptimizerConfig torchDelta = defaults(OptimizerKind.ADADELTA, Convention.PYTORCH);
        OptimizerConfig kerasDelta = defaults(OptimizerKind.ADADELTA, Convention.KERAS);
        OptimizerConfig zeiler = defaults(OptimizerKind.ADADELTA, Convention.TEXTBOOK);
        assertEquals(java.util.List.of(1.0, 0.9, 1e-6),
                java.util.List.of(torchDelta.learningRate(), torchDelta.beta(), torchDelta.epsilon()));
        assertEquals(java.util.List.of(0.001, 0.95, 1e-7),
                java.util.List.of(kerasDelta.learningRate(), kerasDelta.beta(), kerasDelta.epsilon()));
        assertEquals(java.util.List.of(1.0, 0.95, 1e-6),
                java.util.List.of(zeiler.learningRate(), zeiler.beta(), zeiler.epsilon()));
    }

    @Test
    void sgdConventionsDifferOnlyInTheDefaultLearningRateBecauseTheFormsTakeTheSameSteps() {
        OptimizerConfig torch = defaults(OptimizerKind.SGD, Convention.PYTORCH);
        OptimizerConfig keras = defaults(OptimizerKind.SGD, Convention.KERAS);
        assertEquals(1e-3, torch.learningRate(), "torch >= 2.2: SGD(params, lr=1e-3)");
        assertEquals(0.01, keras.learningRate());
        assertEquals(0.01, defaults(OptimizerKind.SGD, Convention.TEXTBOOK).learningRate());
        assertEquals(keras, torch.withConvention(Convention.KERAS));
        assertEquals(keras.withConvention(Convention.PYTORCH), torch);
        assertEquals(0, torch.momentum());
    }

    @Test
    void withConventionResetsEveryValueIncludingTheLearningRate() {
        OptimizerConfig tuned = defaults(OptimizerKind.RMSPROP, Convention.PYTORCH)
                .withLearningRate(0.5).withCentered(true).withMomentum(0.3);
        assertEquals(defaults(OptimizerKind.RMSPROP, Convention.KERAS), tuned.withConvention(Convention.KERAS));
    }

    @Test
    void withersChangeOneComponent() {
        OptimizerConfig base = defaults(OptimizerKind.ADAM, Convention.PYTORCH);
        OptimizerConfig changed = base.withBeta1(0.8);
        assertEquals(0.8, changed.beta1());
        assertEquals(base, changed.withBeta1(base.beta1()));
    }

    @Test
    void idsRoundTripAndUnknownIdsAreNamed() {
        for (OptimizerKind kind : OptimizerKind.values()) {
            assertEquals(kind, OptimizerKind.fromId(kind.id()));
        }
        assertEquals("rmsprop", OptimizerKind.RMSPROP.id());
        assertEquals("RMSProp", OptimizerKind.RMSPROP.displayName());
        assertEquals("AdaDelta", OptimizerKind.ADADELTA.displayName());
        assertEquals("unknown optimizer 'foo'; choose sgd, adagrad, rmsprop, adam, nadam, adadelta",
                assertThrows(IllegalArgumentException.class, () -> OptimizerKind.fromId("foo")).getMessage());
        assertEquals(Convention.KERAS, Convention.fromId("keras"));
        assertEquals("unknown convention 'tf'; choose textbook, pytorch, keras",
                assertThrows(IllegalArgumentException.class, () -> Convention.fromId("tf")).getMessage());
        assertEquals(EpsilonPlacement.INSIDE, EpsilonPlacement.fromId("inside"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> EpsilonPlacement.fromId(null))
                .getMessage().startsWith("unknown epsilon placement 'null'"));
    }

    @Test
    void keepsRunningOnARealSurfaceInTwoDimensionsAndMore() {
        // f = Σ (i+1)·x_i², any dimension: every optimizer heads downhill and stays finite.
        for (OptimizerKind kind : OptimizerKind.values()) {
            Optimizer optimizer = defaults(kind, Convention.PYTORCH).withLearningRate(0.01).create(5);
            double[] theta = {1, -2, 3, -4, 5};
            double[] gradient = new double[5];
            double start = value(theta);
            for (int t = 0; t < 200; t++) {
                for (int i = 0; i < 5; i++) {
                    gradient[i] = 2 * (i + 1) * theta[i];
                }
                optimizer.step(theta, gradient);
            }
            assertTrue(value(theta) < start, kind + " did not go downhill");
            for (int i = 0; i < 5; i++) {
                assertTrue(Double.isFinite(optimizer.effectiveLearningRate(i)));
            }
        }
    }

    private static double value(double[] x) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += (i + 1) * x[i] * x[i];
        }
        return sum;
    }
}
