package dev.optimizerplayground.ui.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.optimizerplayground.core.optimizer.EpsilonPlacement;
import dev.optimizerplayground.core.optimizer.OptimizerConfig;
import dev.optimizerplayground.core.run.Trajectory;
import dev.optimizerplayground.core.scenario.Cue;
import dev.optimizerplayground.core.scenario.LessonText;
import dev.optimizerplayground.core.scenario.Scenario;
import dev.optimizerplayground.core.scenario.ScenarioLibrary;
import dev.optimizerplayground.core.text.Language;
import dev.optimizerplayground.core.training.GradientNoise;
import dev.optimizerplayground.core.training.Schedule;
import dev.optimizerplayground.session.OptimizerLane;
import dev.optimizerplayground.session.RunSet;
import dev.optimizerplayground.session.ScenarioForm;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every shipped scenario loads, and its runs do what its description tells the class; each cue
 * stands at the step where what it points at happens, and every number it quotes is checked here.
 */
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

    // =============================================================== cues

    private static int[] cueSteps(String file) {
        return named(file).lesson().cues().stream().mapToInt(Cue::step).toArray();
    }

    @Test
    void everyShippedLessonHasTwoToFourCuesWithinItsRunAndReadsInChinese() throws IOException {
        for (ScenarioLibrary.Entry entry : ScenarioLibrary.builtIn()) {
            Scenario s = entry.scenario();
            try (InputStream in = ScenarioLibrary.class.getResourceAsStream("/dev/optimizerplayground/scenarios/"
                    + entry.fileName())) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).as(entry.fileName())
                        .containsPattern("\"version\"\\s*:\\s*3,");
            }
            List<Cue> cues = s.lesson().cues();
            assertThat(cues).as(entry.fileName()).hasSizeBetween(2, 4)
                    .allSatisfy(c -> assertThat(c.step()).isBetween(1, s.steps()));
            LessonText zh = s.lesson().translations().get(Language.CHINESE);
            assertThat(zh).as(entry.fileName()).isNotNull();
            assertThat(zh.title()).as(entry.fileName()).containsPattern("\\p{IsHan}");
            assertThat(zh.description()).as(entry.fileName()).containsPattern("\\p{IsHan}").hasSizeGreaterThan(60);
            assertThat(zh.cues()).as(entry.fileName()).hasSameSizeAs(cues)
                    .allSatisfy(text -> assertThat(text).containsPattern("\\p{IsHan}"));
        }
    }

    @Test
    void adagradCuesShowItsRateFallingForGoodWhileRmsPropsPeaksOnTheValleyFloor() {
        PlaygroundModel model = open("rmsprop-beats-adagrad-late.json");
        Trajectory rms = run(model, OptimizerLane.RMSPROP);
        Trajectory ada = run(model, OptimizerLane.ADAGRAD);
        int[] cue = cueSteps("rmsprop-beats-adagrad-late.json");
        assertThat(cue).containsExactly(10, 467, 3000);
        // 10: "Adagrad's effective learning rate has already fallen by about a third, and it will never rise again"
        assertThat(ada.lrY(cue[0]) / ada.lrY(1)).isBetween(0.6, 0.75);
        assertThat(ada.lrX(cue[0]) / ada.lrX(1)).isBetween(0.6, 0.75);
        for (int t = 2; t < ada.length(); t++) {
            assertThat(ada.lrX(t)).as("step %d", t).isLessThanOrEqualTo(ada.lrX(t - 1));
            assertThat(ada.lrY(t)).as("step %d", t).isLessThanOrEqualTo(ada.lrY(t - 1));
        }
        // ... "RMSProp's is rising"
        assertThat(rms.lrX(cue[0])).isGreaterThan(rms.lrX(1));
        assertThat(rms.lrY(cue[0])).isGreaterThan(rms.lrY(1));
        // 467: "its effective learning rate for x peaks at 0.011, more than a hundred times Adagrad's"
        assertThat(stepOfHighestRateX(rms)).isEqualTo(cue[1]);
        assertThat(rms.lrX(cue[1])).isCloseTo(0.011, offset(0.0005)).isGreaterThan(100 * ada.lrX(cue[1]));
        // ... "Adagrad is still high on the wall near its start" (it started at (−1.5, 2), loss 12.5)
        assertThat(ada.x(cue[1])).isLessThan(-1.3);
        assertThat(ada.loss(cue[1])).isGreaterThan(5);
        // 3000: "RMSProp ... (0.94, 0.86), loss 0.086", "Adagrad ... (−1.09, 1.19), loss 4.4"
        assertThat(rms.x(cue[2])).isCloseTo(0.94, offset(0.005));
        assertThat(rms.y(cue[2])).isCloseTo(0.86, offset(0.005));
        assertThat(rms.loss(cue[2])).isCloseTo(0.086, offset(0.0005));
        assertThat(ada.x(cue[2])).isCloseTo(-1.09, offset(0.005));
        assertThat(ada.y(cue[2])).isCloseTo(1.19, offset(0.005));
        assertThat(ada.loss(cue[2])).isCloseTo(4.4, offset(0.05));
    }

    @Test
    void epsilonCuesShowTheOutsideLanePassingTheInsideCeilingUpToEtaOverEpsilon() {
        PlaygroundModel model = open("epsilon-inside-vs-outside.json");
        Trajectory inside = run(model, OptimizerLane.RMSPROP);
        Trajectory outside = run(model, OptimizerLane.RMSPROP_B);
        int[] cue = cueSteps("epsilon-inside-vs-outside.json");
        assertThat(cue).containsExactly(10, 48, 300);
        double ceiling = 0.03 / Math.sqrt(0.1);
        // 10: "about twice RMSProp's (0.18 against 0.093)"
        assertThat(outside.lrX(cue[0])).isCloseTo(0.18, offset(0.005));
        assertThat(inside.lrX(cue[0])).isCloseTo(0.093, offset(0.0005));
        assertThat(outside.lrX(cue[0]) / inside.lrX(cue[0])).isBetween(1.9, 2.1);
        // 48: "climbs back past η/√ε ≈ 0.095 and keeps rising: a ceiling the inside lane can never go through"
        int passes = cue[0];
        while (outside.lrY(passes) <= ceiling) {
            passes++;
        }
        assertThat(passes).isEqualTo(cue[1]);
        for (int t = cue[1] + 1; t < outside.length(); t++) {
            assertThat(outside.lrY(t)).as("step %d", t).isGreaterThan(outside.lrY(t - 1));
        }
        assertThat(ceiling).isCloseTo(0.095, offset(0.0005));
        assertThat(maxRate(inside)).isLessThan(ceiling);
        // 300: "η/ε = 0.3, three times the inside lane's 0.095", "1.2 (loss 0.014)", "2.3 (loss 0.052)"
        assertThat(outside.lrY(cue[2])).isCloseTo(0.03 / 0.1, offset(0.001));
        assertThat(inside.lrY(cue[2])).isCloseTo(0.095, offset(0.0005));
        assertThat(Math.hypot(outside.x(cue[2]), outside.y(cue[2]))).isCloseTo(1.2, offset(0.05));
        assertThat(Math.hypot(inside.x(cue[2]), inside.y(cue[2]))).isCloseTo(2.3, offset(0.05));
        assertThat(outside.loss(cue[2])).isCloseTo(0.014, offset(0.0005));
        assertThat(inside.loss(cue[2])).isCloseTo(0.052, offset(0.0005));
    }

    @Test
    void betaCuesShowEvenStepsThenTheBottomThenTheThrowOut() {
        PlaygroundModel model = open("beta-too-small.json");
        Trajectory hops = run(model, OptimizerLane.RMSPROP);
        Trajectory closes = run(model, OptimizerLane.RMSPROP_B);
        int[] cue = cueSteps("beta-too-small.json");
        assertThat(cue).containsExactly(40, 120, 135);
        // 40: "orange moves x by about η = 0.05 at every step", "grey slows down as the slope flattens"
        for (int t = 3; t <= cue[0]; t++) {
            assertThat(Math.abs(hops.x(t) - hops.x(t - 1))).as("step %d", t).isCloseTo(0.05, offset(0.0125));
        }
        assertThat(Math.abs(closes.x(cue[0]) - closes.x(cue[0] - 1)))
                .isLessThan(0.75 * Math.abs(closes.x(10) - closes.x(9)));
        // 120: "grey's loss is below one billionth", "orange hops ... (±0.025), loss 0.007"
        assertThat(firstBelow(closes, 1e-9)).isEqualTo(cue[1]);
        assertThat(Math.abs(hops.x(cue[1]))).isCloseTo(0.025, offset(1e-4));
        assertThat(hops.loss(cue[1])).isCloseTo(0.007, offset(0.0005));
        // 135: "η/√v for y climbed to 0.54 at step 131", "its loss jumped from 10⁻¹³ to 0.003"
        int highest = cue[1];
        for (int t = cue[1]; t <= cue[2]; t++) {
            highest = closes.lrY(t) > closes.lrY(highest) ? t : highest;
        }
        assertThat(highest).isEqualTo(131);
        assertThat(closes.lrY(highest)).isCloseTo(0.54, offset(0.005));
        assertThat(minLoss(closes)).isLessThan(1e-12).isGreaterThan(1e-14);
        assertThat(closes.loss(cue[2])).isCloseTo(0.003, offset(0.0005));
    }

    @Test
    void saddleCuesShowAdamsFullFirstStepAndWhenEachLeavesTheRidge() {
        PlaygroundModel model = open("adam-on-a-saddle.json");
        Trajectory adam = run(model, OptimizerLane.ADAM);
        Trajectory sgd = run(model, OptimizerLane.SGD);
        int[] cue = cueSteps("adam-on-a-saddle.json");
        assertThat(cue).containsExactly(1, 11, 49);
        // 1: "Adam moved across the ridge by a full η = 0.1 (y from 0.01 to 0.11)", "SGD moved y by 0.001"
        assertThat(adam.y(0)).isEqualTo(0.01);
        assertThat(adam.y(cue[0])).isCloseTo(0.11, offset(1e-6)); // η·g/(|g| + ε)
        assertThat(sgd.y(cue[0]) - sgd.y(0)).isCloseTo(0.001, offset(1e-9));
        // 11: "Adam is off the ridge", "SGD is still on it, at y = 0.03"
        assertThat(firstStepOffTheRidge(adam)).isEqualTo(cue[1]);
        assertThat(sgd.y(cue[1])).isCloseTo(0.03, offset(0.002));
        // 49: "SGD falls off, 38 steps after Adam: its distance from the ridge grew by just 10 % a step"
        assertThat(firstStepOffTheRidge(sgd)).isEqualTo(cue[2]).isEqualTo(cue[1] + 38);
        for (int t = 1; t <= cue[2]; t++) {
            assertThat(sgd.y(t) / sgd.y(t - 1)).as("step %d", t).isCloseTo(1.1, offset(1e-9));
        }
    }

    @Test
    void momentumCuesShowSgdCreepingWhileMomentumAddsUpItsSteps() {
        PlaygroundModel model = open("momentum-narrow-valley.json");
        Trajectory sgd = run(model, OptimizerLane.SGD);
        Trajectory momentum = run(model, OptimizerLane.SGD_MOMENTUM);
        int[] cue = cueSteps("momentum-narrow-valley.json");
        assertThat(cue).containsExactly(10, 20, 62, 200);
        // 10: "SGD dropped to the floor in a single step", "each step covers only 1 % of the way left"
        assertThat(sgd.y(1)).isCloseTo(0, offset(1e-12));
        for (int t = 2; t < sgd.length(); t++) {
            assertThat(sgd.x(t) / sgd.x(t - 1)).as("step %d", t).isCloseTo(0.99, offset(1e-9));
        }
        // 20: "from x = −4 to −0.47, while SGD is at −3.27", "swings across (y = −0.79), but those swings die down"
        assertThat(momentum.x(0)).isEqualTo(-4);
        assertThat(momentum.x(cue[1])).isCloseTo(-0.47, offset(0.005));
        assertThat(sgd.x(cue[1])).isCloseTo(-3.27, offset(0.005));
        assertThat(momentum.y(cue[1])).isCloseTo(-0.79, offset(0.005));
        for (int t = cue[2]; t < momentum.length(); t++) {
            assertThat(Math.abs(momentum.y(t))).as("step %d", t).isLessThan(0.1);
        }
        // 62: "momentum's loss is below 0.01", "SGD's is still 0.46, at x = −2.15"
        assertThat(firstBelow(momentum, 0.01)).isEqualTo(cue[2]);
        assertThat(sgd.loss(cue[2])).isCloseTo(0.46, offset(0.005));
        assertThat(sgd.x(cue[2])).isCloseTo(-2.15, offset(0.005));
        // 200: "momentum's loss is about 10⁻⁸", "SGD is at x = −0.54, loss 0.029"
        assertThat(momentum.loss(cue[3])).isBetween(3e-9, 3e-8);
        assertThat(sgd.x(cue[3])).isCloseTo(-0.54, offset(0.005));
        assertThat(sgd.loss(cue[3])).isCloseTo(0.029, offset(0.0005));
    }

    @Test
    void noisyCuesShowSgdFirstThenRmsPropsRateAtEtaOverSigmaThenItsLowerLoss() {
        PlaygroundModel model = open("noisy-gradients-rmsprop.json");
        RunSet.LaneRun sgd = laneRun(model, OptimizerLane.SGD);
        RunSet.LaneRun rms = laneRun(model, OptimizerLane.RMSPROP);
        double[] sgdLoss = sgd.cloud().loss().median();
        double[] rmsLoss = rms.cloud().loss().median();
        int[] cue = cueSteps("noisy-gradients-rmsprop.json");
        assertThat(cue).containsExactly(25, 80, 133, 300);
        // 25: "its median loss is 0.42 here, RMSProp's still 11", "from now on ... between 0.24 and 1.7"
        assertThat(sgdLoss[cue[0]]).isCloseTo(0.42, offset(0.005));
        assertThat(rmsLoss[cue[0]]).isCloseTo(11, offset(0.5));
        for (int t = cue[0]; t < sgdLoss.length; t++) {
            assertThat(sgdLoss[t]).as("step %d", t).isBetween(0.24, 1.72);
        }
        // 80: "reached η/σ = 0.01 in both directions and stays there (between 0.0085 and 0.012)"
        for (int t = cue[1]; t < sgdLoss.length; t++) {
            assertThat(rms.cloud().rateX().median()[t]).as("step %d", t).isBetween(0.0085, 0.012);
            assertThat(rms.cloud().rateY().median()[t]).as("step %d", t).isBetween(0.0085, 0.012);
        }
        // 133: "from here on RMSProp's median loss stays below SGD's" (and it was not below just before)
        assertThat(rmsLoss[cue[2] - 1]).isGreaterThanOrEqualTo(sgdLoss[cue[2] - 1]);
        for (int t = cue[2]; t < sgdLoss.length; t++) {
            assertThat(rmsLoss[t]).as("step %d", t).isLessThan(sgdLoss[t]);
        }
        // 300: "0.10 for RMSProp and 0.49 for SGD, five times higher"
        assertThat(rmsLoss[cue[3]]).isCloseTo(0.10, offset(0.01));
        assertThat(sgdLoss[cue[3]]).isCloseTo(0.49, offset(0.01));
        assertThat(sgdLoss[cue[3]] / rmsLoss[cue[3]]).isBetween(4.5, 5.5);
    }

    @Test
    void scheduleCuesShowTheSameEtaEffButAShrinkingEta() {
        PlaygroundModel model = open("schedule-lets-rmsprop-settle.json");
        Trajectory constant = run(model, OptimizerLane.RMSPROP);
        Trajectory scheduled = run(model, OptimizerLane.RMSPROP_B);
        Schedule cosine = scheduled.spec().schedule();
        int[] cue = cueSteps("schedule-lets-rmsprop-settle.json");
        assertThat(cue).containsExactly(100, 150, 200);
        // 100: "orange already hops about (±0.025, ±0.025), loss 0.0068", "B's η has fallen to half, 0.025", "0.0021"
        assertThat(Math.abs(constant.x(cue[0]))).isCloseTo(0.025, offset(0.0015));
        assertThat(Math.abs(constant.y(cue[0]))).isCloseTo(0.025, offset(0.0005));
        assertThat(constant.loss(cue[0])).isCloseTo(0.0068, offset(0.0001));
        assertThat(cosine.rate(0.05, cue[0])).isCloseTo(0.025, offset(0.0005));
        assertThat(scheduled.loss(cue[0])).isCloseTo(0.0021, offset(0.0001));
        // 150: "near 1 for x and 0.1 for y" for both, "B's η is now 0.0076", "hops ... 0.0036", "orange's still 0.025"
        for (Trajectory t : List.of(constant, scheduled)) {
            assertThat(t.lrX(cue[1])).isCloseTo(1, offset(0.05));
            assertThat(t.lrY(cue[1])).isCloseTo(0.1, offset(0.005));
        }
        assertThat(cosine.rate(0.05, cue[1])).isCloseTo(0.0076, offset(0.00005));
        assertThat(Math.abs(scheduled.x(cue[1]))).isCloseTo(0.0036, offset(0.00005));
        assertThat(Math.abs(constant.x(cue[1]))).isCloseTo(0.025, offset(1e-4));
        // 200: "η is down to almost 0", "loss 2·10⁻¹⁴", "orange still hops, loss 0.007"
        assertThat(cosine.rate(0.05, cue[2])).isLessThan(1e-5);
        assertThat(scheduled.loss(cue[2])).isBetween(1.5e-14, 2.5e-14);
        assertThat(constant.loss(cue[2])).isCloseTo(0.007, offset(0.0005));
    }

    private static int stepOfHighestRateX(Trajectory t) {
        int best = 1;
        for (int i = 2; i < t.length(); i++) {
            best = t.lrX(i) > t.lrX(best) ? i : best;
        }
        return best;
    }
}
