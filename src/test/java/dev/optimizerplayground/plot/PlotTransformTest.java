package dev.optimizerplayground.plot;

import dev.optimizerplayground.core.concurrent.CancellationToken;
import dev.optimizerplayground.core.surface.ViewWindow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PlotTransformTest {

    private final ViewWindow bounds = new ViewWindow(-2, 2, -1, 3);

    @Test
    void yPointsUpInDataAndDownInPixels() {
        PlotTransform t = new PlotTransform(bounds, 50, 10, 800, 600);

        assertThat(t.toPixelX(-2)).isEqualTo(50);
        assertThat(t.toPixelX(2)).isEqualTo(850);
        assertThat(t.toPixelY(3)).isEqualTo(10);
        assertThat(t.toPixelY(-1)).isEqualTo(610);
    }

    @Test
    void pixelAndDataCoordinatesRoundTrip() {
        PlotTransform t = new PlotTransform(bounds, 50, 10, 800, 600);

        assertThat(t.toDataX(t.toPixelX(0.123))).isCloseTo(0.123, within(1e-12));
        assertThat(t.toDataY(t.toPixelY(-0.77))).isCloseTo(-0.77, within(1e-12));
        assertThat(t.toPixelX(t.toDataX(333.5))).isCloseTo(333.5, within(1e-9));
    }

    @Test
    void gridSamplesSitAtPixelCentres() {
        SampledGrid grid = GridSampler.sample(FunctionEvaluator.of(FunctionEvaluator.BOWL), bounds, 80, 60,
                CancellationToken.none());
        PlotTransform t = PlotTransform.of(bounds, 80, 60);

        assertThat(t.toPixelX(grid.dataX(7))).isCloseTo(7.5, within(1e-9));
        assertThat(t.toPixelY(grid.dataY(0))).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void polylinesConvertToPixels() {
        Polyline line = new Polyline(new double[] {-2, 2}, new double[] {3, -1}, false);
        double[] xs = new double[4];
        double[] ys = new double[4];

        int n = line.toPixels(PlotTransform.of(bounds, 800, 600), xs, ys);

        assertThat(n).isEqualTo(2);
        assertThat(xs).startsWith(0, 800);
        assertThat(ys).startsWith(0, 600);
        assertThatThrownBy(() -> line.toPixels(PlotTransform.of(bounds, 8, 6), new double[1], new double[1]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void equalScaleWidensTheWindowSoBothAxesHaveOneScale() {
        ViewWindow wide = new ViewWindow(-8, 8, -2, 2);

        PlotTransform square = PlotTransform.equalScale(wide, 50, 10, 600, 600);
        PlotTransform flat = PlotTransform.equalScale(wide, 50, 10, 900, 100);

        assertThat(square.bounds()).isEqualTo(new ViewWindow(-8, 8, -8, 8));
        assertThat(flat.bounds()).isEqualTo(new ViewWindow(-18, 18, -2, 2));
        for (PlotTransform t : new PlotTransform[] {square, flat}) {
            assertThat(t.toPixelX(1) - t.toPixelX(0)).isCloseTo(t.toPixelY(0) - t.toPixelY(1), within(1e-9));
        }
    }

    @Test
    void theBowlInAFourToOneWindowHasRoundContours() {
        ViewWindow fourToOne = new ViewWindow(-8, 8, -2, 2);
        PlotTransform t = PlotTransform.equalScale(fourToOne, 0, 0, 400, 400);
        ContourResult contours = ContourComputation.compute(FunctionEvaluator.of(FunctionEvaluator.BOWL),
                t.bounds(), 400, 400, LevelScale.LINEAR, CancellationToken.none());

        int checked = 0;
        for (LevelLines level : contours.lines()) {
            for (Polyline line : level.polylines()) {
                if (!line.closed()) {
                    continue; // cut by the plot's edge
                }
                double[] xs = new double[line.size()];
                double[] ys = new double[line.size()];
                int n = line.toPixels(t, xs, ys);
                double cx = t.toPixelX(0);
                double cy = t.toPixelY(0);
                double minR = Double.MAX_VALUE;
                double maxR = 0;
                for (int i = 0; i < n; i++) {
                    double r = Math.hypot(xs[i] - cx, ys[i] - cy);
                    minR = Math.min(minR, r);
                    maxR = Math.max(maxR, r);
                }
                assertThat(maxR - minR).as("level %s drawn as a circle", level.level()).isLessThan(1.5);
                checked++;
            }
        }
        assertThat(checked).as("closed contours checked").isGreaterThanOrEqualTo(3);
    }

    @Test
    void rejectsAnEmptyPlotArea() {
        assertThatThrownBy(() -> PlotTransform.of(bounds, 0, 600)).isInstanceOf(IllegalArgumentException.class);
    }
}
