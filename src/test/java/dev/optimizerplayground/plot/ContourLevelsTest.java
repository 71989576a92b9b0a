package dev.optimizerplayground.plot;

import dev.optimizerplayground.core.concurrent.CancellationToken;
import dev.optimizerplayground.core.surface.ViewWindow;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleBinaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ContourLevelsTest {

    private static SampledGrid grid(DoubleBinaryOperator f, ViewWindow bounds) {
        return GridSampler.sample(FunctionEvaluator.of(f), bounds, 200, 160, CancellationToken.none());
    }

    private static List<Double> boxed(double[] values) {
        return Arrays.stream(values).boxed().toList();
    }

    private static void assertWellFormed(ContourLevels levels) {
        double[] values = levels.values();
        assertThat(values).isSorted().doesNotHaveDuplicates();
        assertThat(values.length).isBetween(9, ContourLevels.MAX_LEVELS);
        assertThat(boxed(values)).allSatisfy(v -> assertThat(v).isGreaterThan(levels.min()).isLessThan(levels.max()));
        assertThat(levels.normalize(levels.min())).isEqualTo(0.0);
        assertThat(levels.normalize(levels.max())).isCloseTo(1.0, within(1e-12));
        double previous = 0;
        for (double v : values) {
            assertThat(levels.normalize(v)).isGreaterThan(previous);
            previous = levels.normalize(v);
        }
    }

    @Test
    void autoChoosesLogForRosenbrock() {
        ContourLevels levels = ContourLevels.forGrid(grid(FunctionEvaluator.ROSENBROCK, new ViewWindow(-2, 2, -1, 3)),
                LevelScale.AUTO);

        assertThat(levels.scale()).isEqualTo(LevelScale.LOG);
        assertWellFormed(levels);
        // Log spacing resolves the valley: several levels below 1 although the maximum is ~2500.
        assertThat(boxed(levels.values())).filteredOn(v -> v < 1).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void autoChoosesLinearForSaddleWithNegativeValues() {
        ContourLevels levels = ContourLevels.forGrid(grid(FunctionEvaluator.SADDLE, new ViewWindow(-2, 2, -2, 2)),
                LevelScale.AUTO);

        assertThat(levels.scale()).isEqualTo(LevelScale.LINEAR);
        assertWellFormed(levels);
    }

    @Test
    void autoChoosesLinearForABowlAlthoughItsMinimumIsZero() {
        ContourLevels levels = ContourLevels.forGrid(grid(FunctionEvaluator.BOWL, new ViewWindow(-2, 2, -2, 2)),
                LevelScale.AUTO);

        assertThat(levels.scale()).isEqualTo(LevelScale.LINEAR);
    }

    @Test
    void linearLevelsAreNiceMultiplesStrictlyInsideTheRange() {
        ContourLevels levels = ContourLevels.of(0, 8, Double.NaN, LevelScale.LINEAR);

        assertThat(levels.values()).containsExactly(0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 5.5, 6, 6.5, 7, 7.5);
        assertThat(ContourLevels.of(-0.37, 0.81, Double.NaN, LevelScale.LINEAR).values())
                .containsExactly(-0.3, -0.2, -0.1, 0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8);
    }

    @Test
    void logLevelsHandleAMinimumOfZero() {
        ContourLevels levels = ContourLevels.of(0, 2500, 100, LevelScale.LOG);

        // δ = 2500e-6: levels are 1-2-5 values from just above δ up to the max.
        assertThat(levels.values()).containsExactly(0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5,
                10, 20, 50, 100, 200, 500, 1000, 2000);
        assertWellFormed(levels);
        // Even spacing in log(f − min + δ): each decade gets the same share of the colours.
        double decade = levels.normalize(1) - levels.normalize(0.1);
        assertThat(levels.normalize(100) - levels.normalize(10)).isCloseTo(decade, within(0.01));
    }

    @Test
    void logLevelsOfPositiveDataSpanningDecadesAreNiceValuesOfF() {
        ContourLevels levels = ContourLevels.of(1e-3, 1e3, 1, LevelScale.LOG);

        assertThat(levels.values()).startsWith(0.002, 0.005, 0.01).endsWith(200, 500);
        assertThat(levels.count()).isEqualTo(17);
        assertThat(levels.normalize(1)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void logLevelsOfAShiftedRangeStayInsideIt() {
        ContourLevels levels = ContourLevels.of(-8, 8, 0, LevelScale.LOG);

        assertWellFormed(levels);
        assertThat(levels.level(0)).isCloseTo(-8 + 2e-5, within(1e-12)); // δ = 1.6e-5, first nice value above it
    }

    @Test
    void manyDecadesFallBackToPowersOfTen() {
        ContourLevels levels = ContourLevels.of(1e-12, 1e12, 1, LevelScale.LOG);

        assertThat(levels.count()).isLessThanOrEqualTo(ContourLevels.MAX_LEVELS);
        assertThat(boxed(levels.values())).allSatisfy(v -> assertThat(Math.log10(v) % 1).isCloseTo(0, within(1e-9)));
    }

    @Test
    void constantOrUndefinedSurfacesHaveNoLevelsAndDoNotFail() {
        ContourLevels constant = ContourLevels.of(3, 3, 3, LevelScale.AUTO);
        assertThat(constant.count()).isZero();
        assertThat(constant.normalize(3)).isEqualTo(0.5);

        ContourLevels undefined = ContourLevels.of(Double.NaN, Double.NaN, Double.NaN, LevelScale.LOG);
        assertThat(undefined.count()).isZero();
        assertThat(undefined.normalize(Double.NaN)).isNaN();
        assertThat(ColorBands.of(undefined, Colormap.VIRIDIS).count()).isEqualTo(1);
    }

    @Test
    void aValueOnALevelBelongsToTheBandBelow() {
        ContourLevels levels = ContourLevels.of(0, 8, Double.NaN, LevelScale.LINEAR);

        assertThat(levels.bandOf(0.2)).isEqualTo(0);
        assertThat(levels.bandOf(0.5)).isEqualTo(0);
        assertThat(levels.bandOf(0.51)).isEqualTo(1);
        assertThat(levels.bandOf(8)).isEqualTo(levels.count());
        assertThat(levels.bandOf(Double.NaN)).isEqualTo(-1);
    }

    /** Zoomed in so far near f = 10³⁰ that f takes only a few doubles: the levels would repeat. */
    @org.junit.jupiter.api.Test
    void aRangeTooNarrowForDoublesSaysTheWindowIsTooNarrow() {
        double min = 1.0000000000000002E30;
        double max = Math.nextUp(Math.nextUp(Math.nextUp(Math.nextUp(min))));
        for (LevelScale scale : LevelScale.values()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> ContourLevels.of(min, max, min, scale))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("the view window is too narrow: f only takes values from 1.0000000000000002e30 to 1.0000000000000007e30")
                    .hasMessageEndingWith("across it, too few doubles to draw contour levels between; widen the window");
        }
    }
}
