package dev.optimizerplayground.ui.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.optimizerplayground.core.optimizer.EpsilonPlacement;
import dev.optimizerplayground.core.optimizer.OptimizerConfig;
import dev.optimizerplayground.core.run.Trajectory;
import dev.optimizerplayground.core.scenario.Scenario;
import dev.optimizerplayground.core.scenario.ScenarioLibrary;
import dev.optimizerplayground.core.training.GradientNoise;
import dev.optimizerplayground.core.training.Schedule;
import dev.optimizerplayground.session.OptimizerLane;
import dev.optimizerplayground.session.RunSet;
import dev.optimizerplayground.session.ScenarioForm;
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
        model.setState(ScenarioForm.toState(named(file), model.state()));
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
        OptimizerConfig insideConfig = model.slot(OptimizerLane.RMSPROP).config();
        OptimizerConfig outsideConfig = model.slot(OptimizerLane.RMSPROP_B).config();
        // "only the place of ε differs"
        assertThat(insideConfig.epsilonPlacement()).isEqualTo(EpsilonPlacement.INSIDE);
        assertThat(outsideConfig).isEqualTo(insideConfig.withEpsilonPlacement(EpsilonPlacement.OUTSIDE));
        assertThat(outsideConfig.epsilon()).isEqualTo(0.1);

        Trajectory inside = run(model, OptimizerLane.RMSPROP);
        Trajectory outside = run(model, OptimizerLane.RMSPROP_B);
        double eta = insideConfig.learningRate();
        // "stays under 0.095" is η/√ε; "climbs towards 0.3, about three times higher" is η/ε.
        assertThat(maxRate(inside)).isLessThan(0.095).isLessThanOrEqualTo(eta / Math.sqrt(0.1));
        assertThat(maxRate(outside)).isGreaterThan(0.29).isLessThanOrEqualTo(eta / 0.1)
                .isGreaterThan(3 * maxRate(inside));
        // "the inside lane is still 2.3 from the minimum (loss 0.052), the outside lane 1.2 (loss 0.014)"
        assertThat(distanceFromMinimum(inside)).isCloseTo(2.3, offset(0.05));
        assertThat(distanceFromMinimum(outside)).isCloseTo(1.2, offset(0.05));
        assertThat(finalLoss(inside)).isCloseTo(0.052, offset(0.0005));
        assertThat(finalLoss(outside)).isCloseTo(0.014, offset(0.0005));
    }

    @Test
    void aSmallBetaHopsAtTheBottomWhileALargerOneGetsCloseThenIsThrownOut() {
        PlaygroundModel model = open("beta-too-small.json");
        OptimizerConfig small = model.slot(OptimizerLane.RMSPROP).config();
        OptimizerConfig large = model.slot(OptimizerLane.RMSPROP_B).config();
        // "only β differs"
        assertThat(small.beta()).isEqualTo(0.5);
        assertThat(large).isEqualTo(small.withBeta(0.9));
        double eta = small.learningRate();
        Trajectory hops = run(model, OptimizerLane.RMSPROP);
        Trajectory closes = run(model, OptimizerLane.RMSPROP_B);

        // β = 0.5: "every step moves each coordinate by about η" on the way down the valley, ...
        for (int t = 3; t <= 80; t++) {
            assertThat(Math.abs(hops.x(t) - hops.x(t - 1)) / eta).as("step %d", t).isBetween(0.75, 1.1);
        }
        // ... "from about step 125 on hops for ever between (0.025, 0.025) and (−0.025, −0.025)", ...
        for (int t = 125; t < hops.length(); t++) {
            assertThat(Math.abs(hops.x(t))).as("step %d", t).isCloseTo(0.025, offset(1e-6));
            assertThat(hops.y(t)).as("step %d", t).isCloseTo(hops.x(t), offset(1e-6))
                    .isCloseTo(-hops.y(t - 1), offset(1e-6));
        }
        // ... "its loss never gets below 0.006".
        assertThat(minLoss(hops)).isGreaterThan(0.006);

        // β = 0.9: "by step 120 its loss is below one billionth", ...
        int bottom = firstBelow(closes, 1e-9);
        assertThat(bottom).isBetween(100, 120);
        // ... "at step 125 the legend calls it converged" ...
        assertThat(closes.convergedAt()).hasValue(125);
        // ... then "η/√v climbs past 0.1" (across the valley, curvature 20, a rate is stable below 2/20) ...
        double highestRate = 0;
        for (int t = bottom; t < closes.length(); t++) {
            highestRate = Math.max(highestRate, closes.lrY(t));
        }
        assertThat(highestRate).isGreaterThan(0.3);
        // ... "and the run is thrown back out"; "with a fixed η neither settles".
        assertThat(finalLoss(closes)).isGreaterThan(1e-3);
        assertThat(finalLoss(hops)).isGreaterThan(1e-3);
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

    private static double maxRate(Trajectory t) {
        double max = 0;
        for (int i = 1; i < t.length(); i++) {
            max = Math.max(max, Math.max(t.lrX(i), t.lrY(i)));
        }
        return max;
    }

    private static double minLoss(Trajectory t) {
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < t.length(); i++) {
            min = Math.min(min, t.loss(i));
        }
        return min;
    }

    /** The ε scenario's valley has its minimum at the origin. */
    private static double distanceFromMinimum(Trajectory t) {
        return Math.hypot(t.x(t.length() - 1), t.y(t.length() - 1));
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

    @Test
    void underNoiseRmsPropsRateSettlesNearEtaOverSigmaAndItEndsFiveTimesLower() {
        PlaygroundModel model = open("noisy-gradients-rmsprop.json");
        RunSet.LaneRun sgd = laneRun(model, OptimizerLane.SGD);
        RunSet.LaneRun rms = laneRun(model, OptimizerLane.RMSPROP);
        // "each runs 16 times (seeds 1 to 16)", "the same noise for both optimizers"
        assertThat(rms.cloud().runs()).hasSize(16);
        assertThat(rms.trajectory().spec().noise()).isEqualTo(new GradientNoise(5, 1));
        assertThat(sgd.trajectory().sampleGradX(7) - sgd.trajectory().gradX(7))
                .isCloseTo(rms.trajectory().sampleGradX(7) - rms.trajectory().gradX(7), offset(1e-12));
        int end = 300;
        // "its median loss at step 300 is about 0.49" and "about 0.10, five times lower"
        assertThat(sgd.cloud().loss().median()[end]).isCloseTo(0.49, offset(0.01));
        assertThat(rms.cloud().loss().median()[end]).isCloseTo(0.10, offset(0.01));
        // "its effective learning rate settles near η/σ = 0.01 in both directions"
        assertThat(rms.cloud().rateX().median()[end]).isCloseTo(0.01, offset(0.001));
        assertThat(rms.cloud().rateY().median()[end]).isCloseTo(0.01, offset(0.001));
    }

    @Test
    void aCosineScheduleLetsTheSameRmsPropSettle() {
        PlaygroundModel model = open("schedule-lets-rmsprop-settle.json");
        Trajectory constant = run(model, OptimizerLane.RMSPROP);
        Trajectory scheduled = run(model, OptimizerLane.RMSPROP_B);
        // "the same optimizer with the same β", "a cosine schedule over 200 steps"
        assertThat(model.slot(OptimizerLane.RMSPROP_B).config()).isEqualTo(model.slot(OptimizerLane.RMSPROP).config());
        assertThat(scheduled.spec().schedule()).isEqualTo(new Schedule.Cosine(200, 0));
        // "hopping for ever between (0.025, 0.025) and (−0.025, −0.025)", "its loss stays near 0.007"
        assertThat(Math.abs(constant.x(200))).isCloseTo(0.025, offset(0.001));
        assertThat(finalLoss(constant)).isCloseTo(0.007, offset(0.0005));
        // "under 0.001 by step 175", "0.0021 at step 100, 0.00006 at step 160 and 2·10⁻¹⁴ at step 200"
        assertThat(Math.abs(scheduled.x(175))).isLessThan(0.001);
        assertThat(scheduled.loss(100)).isCloseTo(0.0021, offset(0.0001));
        assertThat(scheduled.loss(160)).isCloseTo(0.00006, offset(0.00001));
        assertThat(finalLoss(scheduled)).isLessThan(1e-13);
        // "near 1 for x and 0.1 for the steep y" for both lanes
        assertThat(constant.lrX(150)).isCloseTo(1, offset(0.05));
        assertThat(scheduled.lrY(150)).isCloseTo(0.1, offset(0.005));
    }

    private static RunSet.LaneRun laneRun(PlaygroundModel model, OptimizerLane lane) {
        return model.runs().runs().stream().filter(r -> r.lane() == lane).findFirst().orElseThrow();
    }
}
