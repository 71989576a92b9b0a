package dev.optimizerplayground.plot;

import dev.optimizerplayground.core.concurrent.CancellationToken;
import dev.optimizerplayground.core.surface.ViewWindow;
import org.junit.jupiter.api.Test;

import java.nio.IntBuffer;
import java.nio.ReadOnlyBufferException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContourComputationTest {

    @Test
    void computesAConsistentPlotOfRosenbrock() {
        ViewWindow bounds = new ViewWindow(-2, 2, -1, 3);

        ContourResult result = ContourComputation.compute(FunctionEvaluator.of(FunctionEvaluator.ROSENBROCK),
                bounds, 160, 120, LevelScale.AUTO, CancellationToken.none());

        assertThat(result.bounds()).isEqualTo(bounds);
        assertThat(result.width()).isEqualTo(160);
        assertThat(result.levels().scale()).isEqualTo(LevelScale.LOG);
        assertThat(result.lines()).hasSize(result.levels().count());
        for (int i = 0; i < result.levels().count(); i++) {
            assertThat(result.lines().get(i).level()).isEqualTo(result.levels().level(i));
            assertThat(result.lines().get(i).polylines()).isNotEmpty();
        }
        IntBuffer pixels = result.argbPixels();
        assertThat(pixels.remaining()).isEqualTo(160 * 120);
        for (int row = 0; row < 120; row += 7) {
            for (int col = 0; col < 160; col += 5) {
                assertThat(pixels.get(row * 160 + col))
                        .isEqualTo(result.colorBands().argbOf(result.grid().value(col, row)));
            }
        }
        assertThatThrownBy(() -> pixels.put(0, 1)).isInstanceOf(ReadOnlyBufferException.class);
    }

    @Test
    void cancellingDuringSamplingAbandonsTheComputation() {
        CancellationToken token = new CancellationToken();
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> ContourComputation.compute(FunctionEvaluator.of((x, y) -> {
            if (calls.incrementAndGet() == 1000) {
                token.cancel();
            }
            return x * x + y * y;
        }), new ViewWindow(-1, 1, -1, 1), 400, 300, LevelScale.AUTO, token))
                .isInstanceOf(CancellationException.class);
        assertThat(calls.get()).isLessThan(400 * 300 / 2);
    }
}
