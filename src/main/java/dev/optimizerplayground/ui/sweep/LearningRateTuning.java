package dev.optimizerplayground.ui.sweep;

import dev.optimizerplayground.core.concurrent.CancellationToken;
import dev.optimizerplayground.core.run.RunSpec;
import dev.optimizerplayground.core.run.StepLimits;
import dev.optimizerplayground.core.sweep.LearningRateTuner;
import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.core.text.NumberText;
import dev.optimizerplayground.ui.actions.Action;
import dev.optimizerplayground.ui.files.ErrorReporter;
import dev.optimizerplayground.ui.model.BackgroundWork;
import dev.optimizerplayground.core.optimizer.Hyperparameter;
import dev.optimizerplayground.session.OptimizerLane;
import dev.optimizerplayground.session.RunPlan;
import dev.optimizerplayground.ui.model.OptimizerSlot;
import dev.optimizerplayground.session.PlaygroundState;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * "Tune η": gives every enabled optimizer its own best learning rate for the current surface, start
 * and step budget ({@link LearningRateTuner} over the η slider's log range), so that the race
 * compares each at its best rather than all at one η. The shared η is switched off; the legend
 * shows each lane's η.
 */
public final class LearningRateTuning {

    /** η values tried, log-spaced over the slider's range (about ten a decade). */
    public static final int COUNT = 51;

    private final PlaygroundModel playground;
    private final BackgroundWork background;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ErrorReporter errors;

    /** @param errors told about a lane that diverged at every η (it keeps its own) */
    public LearningRateTuning(PlaygroundModel playground, BackgroundWork background, ErrorReporter errors) {
        this.playground = playground;
        this.background = background;
        this.errors = errors;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Tools ▸ Tune η for every optimizer. */
    public Action action() {
        return new Action("menu-tune-eta", Messages.get("tune.menu"), null, this::tune);
    }

    /** Tunes every enabled lane in the background, then applies all the η at once; ignored while tuning. */
    public void tune() {
        if (running.get() || playground.surface() == null || playground.start() == null) {
            return;
        }
        Map<OptimizerLane, RunSpec> runs = new LinkedHashMap<>();
        int steps = Math.max(0, Math.min(playground.stepsProperty().get(), StepLimits.MAX_PLAYGROUND_STEPS));
        for (OptimizerSlot slot : playground.slots()) {
            if (slot.isEnabled()) {
                runs.put(slot.lane(), RunPlan.laneSpec(playground.state(), slot.lane()).withSteps(steps));
            }
        }
        running.set(true);
        Hyperparameter eta = Hyperparameter.LEARNING_RATE;
        background.submit(() -> {
            Map<OptimizerLane, Optional<LearningRateTuner.Tuned>> best = new LinkedHashMap<>();
            runs.forEach((lane, run) -> best.put(lane,
                    LearningRateTuner.tune(run, eta.min(), eta.max(), COUNT, CancellationToken.none())));
            return best;
        }, this::apply, error -> {
            running.set(false);
            errors.report(Messages.get("tune.failed"), error.getMessage());
        });
    }

    private void apply(Map<OptimizerLane, Optional<LearningRateTuner.Tuned>> best) {
        List<String> kept = new ArrayList<>();
        best.forEach((lane, result) -> {
            if (result.isEmpty()) {
                kept.add(lane.displayName());
            }
        });
        playground.update(state -> {
            PlaygroundState next = state.withShareLearningRate(false);
            for (Map.Entry<OptimizerLane, Optional<LearningRateTuner.Tuned>> tuned : best.entrySet()) {
                if (tuned.getValue().isPresent()) {
                    OptimizerLane lane = tuned.getKey();
                    next = next.withLaneConfig(lane,
                            next.lane(lane).config().withLearningRate(tuned.getValue().get().learningRate()));
                }
            }
            return next;
        });
        playground.playback().restart();
        running.set(false);
        if (!kept.isEmpty()) {
            Hyperparameter eta = Hyperparameter.LEARNING_RATE;
            errors.report(Messages.get("tune.kept"), Messages.get("tune.kept.detail",
                    String.join(Messages.get("tune.kept.separator"), kept), NumberText.exact(eta.min()),
                    NumberText.exact(eta.max())));
        }
    }
}
