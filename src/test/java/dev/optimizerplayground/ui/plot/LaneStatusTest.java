package dev.optimizerplayground.ui.plot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optimizerplayground.core.optimizer.Convention;
import dev.optimizerplayground.core.optimizer.OptimizerConfig;
import dev.optimizerplayground.core.optimizer.OptimizerKind;
import dev.optimizerplayground.core.run.RunSpec;
import dev.optimizerplayground.core.run.Runner;
import dev.optimizerplayground.core.run.Trajectory;
import dev.optimizerplayground.core.surface.Point;
import dev.optimizerplayground.core.surface.Surface;
import dev.optimizerplayground.core.text.Language;
import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.plot.TickFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LaneStatusTest {

    @AfterEach
    void backToEnglish() {
        Messages.use(Language.ENGLISH);
    }

    private static Trajectory run(String formula, double lr, Point start) throws Exception {
        OptimizerConfig sgd = OptimizerConfig.defaults(OptimizerKind.SGD, Convention.TEXTBOOK).withLearningRate(lr);
        return Runner.run(new RunSpec(Surface.parse(formula), sgd, start, 200, 1e-3));
    }

    @Test
    void saysWhereTheRunIsThenWhenItConverged() throws Exception {
        Trajectory t = run("x^2 + y^2", 0.25, new Point(1, 1)); // halves each step, |∇f| < 1e-3 at step 12
        assertThat(LaneStatus.describe(t, 5)).isEqualTo("loss " + dev.optimizerplayground.plot.TickFormat.compact(t.loss(5))
                + " at step 5");
        assertThat(LaneStatus.describe(t, 150)).isEqualTo("converged at step 12");
    }

    @Test
    void aRunThrownOutOfTheMinimumAgainIsNoLongerCalledConverged() throws Exception {
        // The first-run valley: RMSProp with a constant η reaches the bottom, then its decaying E[g²]
        // lets the step grow until it is thrown back out.
        OptimizerConfig rms = OptimizerConfig.defaults(OptimizerKind.RMSPROP, Convention.TEXTBOOK).withLearningRate(0.1);
        Trajectory t = Runner.run(new RunSpec(Surface.parse("x^2 + 10*y^2"), rms, new Point(-4, 2), 200));
        int convergedAt = t.convergedAt().orElseThrow();
        assertThat(LaneStatus.describe(t, convergedAt)).isEqualTo("converged at step " + convergedAt);
        assertThat(LaneStatus.describe(t, 200)).endsWith("(converged at " + convergedAt + ", then left)")
                .startsWith("loss ");
        assertThat(LaneStatus.leftAfterConverging(t, convergedAt)).isFalse();
        assertThat(LaneStatus.leftAfterConverging(t, 200)).as("the legend explains it in a tooltip").isTrue();
    }

    @Test
    void marksADivergedRunOnceTheAnimationGetsThere() throws Exception {
        Trajectory t = run("x^2", 10, new Point(1, 0));
        int divergedAt = t.divergedAt().orElseThrow();
        assertThat(LaneStatus.describe(t, divergedAt - 1)).startsWith("loss ");
        assertThat(LaneStatus.describe(t, divergedAt)).isEqualTo("✕ diverged at step " + divergedAt);
    }

    @Test
    void aStartWhereTheSurfaceIsUndefinedIsNamedAsSuch() throws Exception {
        Trajectory t = run("log(x) + y^2", 0.1, new Point(-4, 2));
        assertThat(LaneStatus.describe(t, 0)).isEqualTo("✕ f is undefined at the start");
        assertThat(LaneStatus.describe(t, 100)).isEqualTo("✕ f is undefined at the start");
    }

    @Test
    void inChineseTheStatusesSpeakChineseAndKeepTheNumbers() throws Exception {
        Messages.use(Language.CHINESE);
        Trajectory bowl = run("x^2 + y^2", 0.25, new Point(1, 1));
        assertThat(LaneStatus.describe(bowl, 5)).isEqualTo("第 5 步，损失 " + TickFormat.compact(bowl.loss(5)));
        assertThat(LaneStatus.describe(bowl, 150)).isEqualTo("第 12 步收敛");
        Trajectory far = run("x^2", 10, new Point(1, 0));
        int divergedAt = far.divergedAt().orElseThrow();
        assertThat(LaneStatus.describe(far, divergedAt)).isEqualTo("✕ 第 " + divergedAt + " 步发散");
        OptimizerConfig rms = OptimizerConfig.defaults(OptimizerKind.RMSPROP, Convention.TEXTBOOK).withLearningRate(0.1);
        Trajectory left = Runner.run(new RunSpec(Surface.parse("x^2 + 10*y^2"), rms, new Point(-4, 2), 200));
        assertThat(LaneStatus.describe(left, 200))
                .endsWith("（曾在第 " + left.convergedAt().orElseThrow() + " 步收敛，随后又离开）");
        assertThat(LaneStatus.describe(run("log(x) + y^2", 0.1, new Point(-4, 2)), 0)).isEqualTo("✕ f 在起点处无定义");
    }

    @Test
    void aStartWhereOnlyTheGradientIsUndefinedNamesTheGradient() throws Exception {
        Trajectory t = run("sqrt(x) + y^2", 0.1, new Point(0, 2));
        assertThat(LaneStatus.describe(t, 0)).isEqualTo("✕ the gradient is undefined at the start");
    }
}
