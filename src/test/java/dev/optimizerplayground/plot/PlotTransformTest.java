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
    void rejectsAnEmptyPlotArea() {
        assertThatThrownBy(() -> PlotTransform.of(bounds, 0, 600)).isInstanceOf(IllegalArgumentException.class);
    }
}
