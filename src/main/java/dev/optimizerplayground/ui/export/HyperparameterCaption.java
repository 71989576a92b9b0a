package dev.optimizerplayground.ui.export;

import dev.optimizerplayground.core.optimizer.Hyperparameter;
import dev.optimizerplayground.core.optimizer.OptimizerConfig;
import dev.optimizerplayground.core.optimizer.Switch;
import dev.optimizerplayground.core.run.RunSpec;
import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.core.text.NumberText;
import dev.optimizerplayground.core.training.Schedule;
import java.util.ArrayList;
import java.util.List;

/**
 * The settings of a run in one short line, as exported pictures print them under the plot:
 * "η=0.1 β=0.9 ε=1e-8 (ε inside √)". Only what the optimizer reads is listed, with the window's own
 * symbols ({@link Hyperparameter}, {@link Switch}); a momentum or starting accumulator of 0 is left
 * out (it means "not used"), and switches appear only when on, except where ε sits, which always
 * matters for RMSProp and Adagrad. A run's training conditions follow when there are any:
 * "… · schedule cosine:200, warm-up 10 · noise σ=5 seed 1".
 */
public final class HyperparameterCaption {

    private HyperparameterCaption() {
    }

    /** The optimizer's settings, then the run's schedule and gradient noise when they are not the defaults. */
    public static String describe(RunSpec spec) {
        StringBuilder line = new StringBuilder(describe(spec.optimizer()));
        Schedule schedule = spec.schedule();
        if (!schedule.equals(Schedule.CONSTANT)) {
            line.append(" · ").append(schedule.warmupSteps() > 0
                    ? Messages.get("caption.schedule.warmup", schedule.text(), schedule.warmupSteps())
                    : Messages.get("caption.schedule", schedule.text()));
        }
        if (!spec.noise().isExact()) {
            line.append(" · ").append(Messages.get("caption.noise", NumberText.exact(spec.noise().sigma()),
                    spec.noise().seed()));
        }
        return line.toString();
    }

    public static String describe(OptimizerConfig config) {
        List<String> parts = new ArrayList<>();
        for (Hyperparameter h : Hyperparameter.values()) {
            if (!h.appliesTo(config.kind())) {
                continue;
            }
            double value = h.get(config);
            boolean unused = value == 0
                    && (h == Hyperparameter.MOMENTUM || h == Hyperparameter.INITIAL_ACCUMULATOR);
            if (!unused) {
                parts.add(h.symbol() + "=" + NumberText.exact(value));
            }
        }
        List<String> forms = new ArrayList<>();
        for (Switch s : Switch.values()) {
            if (!s.appliesTo(config.kind())) {
                continue;
            }
            if (s == Switch.EPSILON_INSIDE) {
                forms.add(Messages.get(s.get(config) ? "caption.epsilon.inside" : "caption.epsilon.outside"));
            } else if (s.get(config)) {
                forms.add(s.label());
            }
        }
        String line = String.join(" ", parts);
        return forms.isEmpty() ? line : Messages.get("caption.with-forms", line,
                String.join(Messages.get("caption.forms.separator"), forms));
    }
}
