package dev.optimizerplayground.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optimizerplayground.core.optimizer.EpsilonPlacement;
import dev.optimizerplayground.core.run.RunSpec;
import dev.optimizerplayground.core.run.Runner;
import dev.optimizerplayground.core.run.Trajectory;
import dev.optimizerplayground.core.scenario.Scenario;
import dev.optimizerplayground.core.scenario.ScenarioLibrary;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every shipped scenario loads, and its runs do what its description tells the class. */
class ShippedScenariosTest {

    private static Scenario named(String file) {
        return ScenarioLibrary.builtIn().stream().filter(e -> e.fileName().equals(file)).findFirst()
                .orElseThrow().scenario();
    }

    private static PlaygroundModel open(String file) {
        PlaygroundModel model = new PlaygroundModel(BackgroundWork.SAME_THREAD);
        ScenarioMapper.apply(named(file), model);
        assertThat(model.runErrorProperty().get()).isEmpty();
        return model;
    }

    private static Trajectory run(PlaygroundModel model, OptimizerLane lane) {
        return model.runs().runs().stream().filter(r -> r.lane() == lane).findFirst().orElseThrow().trajectory();
    }

    private static double finalLoss(Trajectory t) {
        return t.loss(t.length() - 1);
    }

    @Test
    void everyShippedScenarioLoadsWithTitleDescriptionAndRunsAtLeastTwoLanes() {
        List<ScenarioLibrary.Entry> all = ScenarioLibrary.builtIn();
        assertThat(all).hasSizeGreaterThanOrEqualTo(5);
        for (ScenarioLibrary.Entry entry : all) {
            Scenario s = entry.scenario();
            assertThat(s.title()).as(entry.fileName()).isNotBlank();
            assertThat(s.description()).as(entry.fileName()).hasSizeGreaterThan(100);
            PlaygroundModel model = open(entry.fileName());
            assertThat(model.runs().runs()).as(entry.fileName()).hasSizeGreaterThanOrEqualTo(2)
                    .allSatisfy(r -> assertThat(r.trajectory().length()).isEqualTo(s.steps() + 1));
        }
    }

    @Test
    void rmspropFollowsTheValleyWhileAdagradsRateOnlyShrinks() {
        PlaygroundModel model = open("rmsprop-beats-adagrad-late.json");
        Trajectory rms = run(model, OptimizerLane.RMSPROP);
        Trajectory ada = run(model, OptimizerLane.ADAGRAD);
        assertThat(finalLoss(rms)).isLessThan(0.1);
        assertThat(finalLoss(ada)).isGreaterThan(1);
        int end = ada.length() - 1;
        assertThat(ada.lrX(end)).isLessThanOrEqualTo(ada.lrX(10));
        assertThat(rms.lrX(end)).isGreaterThan(rms.lrX(10)).isGreaterThan(10 * ada.lrX(end));
    }

    @Test
    void epsilonOutsideTheRootEndsMuchCloser() {
        PlaygroundModel model = open("epsilon-inside-vs-outside.json");
        Trajectory inside = run(model, OptimizerLane.RMSPROP);
        Trajectory adam = run(model, OptimizerLane.ADAM);
        // The description's claim that Adam with β1 = 0 is RMSProp with ε outside and bias correction:
        RunSpec outsideSpec = new RunSpec(model.surface(), model.slot(OptimizerLane.RMSPROP).config()
                .withEpsilonPlacement(EpsilonPlacement.OUTSIDE), model.start(), model.stepsProperty().get());
        Trajectory outside = Runner.run(outsideSpec);
        for (int t = 0; t < outside.length(); t++) {
            assertThat(adam.x(t)).isCloseTo(outside.x(t), org.assertj.core.data.Offset.offset(1e-12));
            assertThat(adam.y(t)).isCloseTo(outside.y(t), org.assertj.core.data.Offset.offset(1e-12));
        }
        assertThat(finalLoss(adam)).isLessThan(finalLoss(inside) / 3);
    }

    @Test
    void aSmallBetaJittersMore() {
        PlaygroundModel model = open("beta-too-small.json");
        int smallBeta = lossIncreases(run(model, OptimizerLane.RMSPROP));
        int largeBeta = lossIncreases(run(model, OptimizerLane.ADAM));
        assertThat(smallBeta).isGreaterThan(largeBeta + largeBeta / 5);
    }

    @Test
    void adamLeavesTheSaddleLongBeforeSgd() {
        PlaygroundModel model = open("adam-on-a-saddle.json");
        int adam = firstStepOffTheRidge(run(model, OptimizerLane.ADAM));
        int sgd = firstStepOffTheRidge(run(model, OptimizerLane.SGD));
        assertThat(adam).isBetween(1, 12);
        assertThat(sgd).isGreaterThan(40);
    }

    @Test
    void momentumReachesTheMinimumWhileSgdCreeps() {
        PlaygroundModel model = open("momentum-narrow-valley.json");
        Trajectory sgd = run(model, OptimizerLane.SGD);
        Trajectory momentum = run(model, OptimizerLane.SGD_MOMENTUM);
        assertThat(finalLoss(sgd)).isGreaterThan(0.01);
        assertThat(firstBelow(momentum, 0.01)).isBetween(1, 80);
        assertThat(finalLoss(momentum)).isLessThan(1e-6);
    }

    private static int lossIncreases(Trajectory t) {
        int ups = 0;
        for (int i = 1; i < t.length(); i++) {
            if (t.loss(i) > t.loss(i - 1)) {
                ups++;
            }
        }
        return ups;
    }

    private static int firstStepOffTheRidge(Trajectory t) {
        for (int i = 0; i < t.length(); i++) {
            if (Math.abs(t.y(i)) > 1) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static int firstBelow(Trajectory t, double level) {
        for (int i = 0; i < t.length(); i++) {
            if (t.loss(i) < level) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }
}
