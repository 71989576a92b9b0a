package dev.optimizerplayground.core.training;

import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.core.text.NumberText;

/**
 * How the learning rate changes over a run, as PyTorch's {@code torch.optim.lr_scheduler} changes
 * it over epochs: update t (1-based) uses {@link #rate(double, int) rate(η, t)} instead of η. Each
 * form is the scheduler's closed form with {@code last_epoch = t − 1}, so row t of a trace shows
 * the rate of update t exactly as {@code scheduler.get_last_lr()} reported it before that update.
 *
 * <p>Written as text for files and the command line: {@code constant}, {@code step:SIZE:GAMMA},
 * {@code exp:GAMMA}, {@code cosine:T} or {@code cosine:T:ETA_MIN}; a warm-up is a separate
 * number of steps (see {@link Warmup}).
 */
public sealed interface Schedule {

    /** A constant η: what every run did before schedules existed. */
    Schedule CONSTANT = new Constant();

    /** The learning rate of update {@code t} (t ≥ 1) for the base rate η. */
    double rate(double baseRate, int t);

    /** The text form, {@link #parse(String) parsed} back to an equal schedule. */
    String text();

    /** The steps of linear warm-up before this schedule starts; 0 for none. */
    default int warmupSteps() {
        return 0;
    }

    /** This schedule after {@code steps} of linear warm-up (0: this schedule alone). */
    default Schedule withWarmup(int steps) {
        Schedule after = this instanceof Warmup w ? w.after() : this;
        return steps == 0 ? after : new Warmup(steps, after);
    }

    /** The schedule a warm-up hands over to; the schedule itself when there is no warm-up. */
    default Schedule afterWarmup() {
        return this;
    }

    /**
     * Reads {@code constant}, {@code step:SIZE:GAMMA}, {@code exp:GAMMA} or {@code cosine:T[:ETA_MIN]}.
     *
     * @throws IllegalArgumentException in one line saying what is wrong and what is expected
     */
    static Schedule parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        String[] parts = trimmed.split(":", -1);
        try {
            switch (parts[0]) {
                case "constant":
                    if (parts.length == 1) {
                        return CONSTANT;
                    }
                    break;
                case "step":
                    if (parts.length == 3) {
                        return new StepDecay(Integer.parseInt(parts[1].strip()), Double.parseDouble(parts[2].strip()));
                    }
                    break;
                case "exp":
                    if (parts.length == 2) {
                        return new Exponential(Double.parseDouble(parts[1].strip()));
                    }
                    break;
                case "cosine":
                    if (parts.length == 2 || parts.length == 3) {
                        double minimum = parts.length == 3 ? Double.parseDouble(parts[2].strip()) : 0;
                        return new Cosine(Integer.parseInt(parts[1].strip()), minimum);
                    }
                    break;
                default:
                    break;
            }
        } catch (NumberFormatException e) {
            // Falls through to the message below, which shows every accepted form.
        }
        throw new IllegalArgumentException(Messages.get("error.schedule.unreadable"));
    }

    /** η at every step. */
    record Constant() implements Schedule {
        @Override
        public double rate(double baseRate, int t) {
            return baseRate;
        }

        @Override
        public String text() {
            return "constant";
        }
    }

    /** PyTorch {@code StepLR(step_size, gamma)}: η·γ^⌊(t−1)/size⌋. */
    record StepDecay(int size, double gamma) implements Schedule {
        public StepDecay {
            requireAtLeastOne(size, "training.schedule.step.size");
            requirePositive(gamma, "training.schedule.step.gamma");
        }

        @Override
        public double rate(double baseRate, int t) {
            return baseRate * Math.pow(gamma, (t - 1) / size);
        }

        @Override
        public String text() {
            return "step:" + size + ":" + NumberText.exact(gamma);
        }
    }

    /** PyTorch {@code ExponentialLR(gamma)}: η·γ^(t−1). */
    record Exponential(double gamma) implements Schedule {
        public Exponential {
            requirePositive(gamma, "training.schedule.exp.gamma");
        }

        @Override
        public double rate(double baseRate, int t) {
            return baseRate * Math.pow(gamma, t - 1);
        }

        @Override
        public String text() {
            return "exp:" + NumberText.exact(gamma);
        }
    }

    /**
     * PyTorch {@code CosineAnnealingLR(T_max, eta_min)}, its closed form
     * η_min + (η − η_min)·(1 + cos(π·(t−1)/T))/2: from η at update 1 down to η_min at update T + 1.
     * Like the closed form in PyTorch it is periodic, so past 2T it rises again; pick T at least
     * the run's length for a single decay.
     */
    record Cosine(int period, double minimum) implements Schedule {
        public Cosine {
            requireAtLeastOne(period, "training.schedule.cosine.period");
            if (!(minimum >= 0) || Double.isInfinite(minimum)) {
                throw new IllegalArgumentException(Messages.get("error.value.non-negative",
                        Messages.get("training.schedule.cosine.minimum"), NumberText.exact(minimum)));
            }
        }

        @Override
        public double rate(double baseRate, int t) {
            return minimum + (baseRate - minimum) * (1 + Math.cos(Math.PI * (t - 1) / period)) / 2;
        }

        @Override
        public String text() {
            return minimum == 0 ? "cosine:" + period : "cosine:" + period + ":" + NumberText.exact(minimum);
        }
    }

    /**
     * A linear warm-up of K steps before another schedule: η·t/K for t ≤ K, then the other
     * schedule counted from t − K (so it starts afresh at its own update 1).
     */
    record Warmup(int steps, Schedule after) implements Schedule {
        public Warmup {
            requireAtLeastOne(steps, "training.schedule.warmup.steps");
            if (after == null || after instanceof Warmup) {
                throw new IllegalArgumentException("a warm-up is followed by a schedule without warm-up");
            }
        }

        @Override
        public double rate(double baseRate, int t) {
            return t <= steps ? baseRate * t / steps : after.rate(baseRate, t - steps);
        }

        @Override
        public String text() {
            return after.text();
        }

        @Override
        public int warmupSteps() {
            return steps;
        }

        @Override
        public Schedule afterWarmup() {
            return after;
        }
    }

    /** @param whatKey the message key of the value's name ("step schedule's SIZE") */
    private static void requireAtLeastOne(int value, String whatKey) {
        if (value < 1) {
            throw new IllegalArgumentException(Messages.get("error.value.whole-positive", Messages.get(whatKey), value));
        }
    }

    /** @param whatKey the message key of the value's name */
    private static void requirePositive(double value, String whatKey) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(
                    Messages.get("error.value.positive", Messages.get(whatKey), NumberText.exact(value)));
        }
    }
}
