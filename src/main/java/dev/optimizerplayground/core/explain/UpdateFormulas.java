package dev.optimizerplayground.core.explain;

import static dev.optimizerplayground.core.explain.StepExplanation.number;

import dev.optimizerplayground.core.explain.StepExplanation.Line;
import dev.optimizerplayground.core.optimizer.EpsilonPlacement;
import dev.optimizerplayground.core.optimizer.OptimizerConfig;
import dev.optimizerplayground.core.run.Trajectory;
import dev.optimizerplayground.core.text.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of one parameter's update, per optimizer and form, mirroring the update rules in
 * {@code core.optimizer} (each class documents its formula and source). State values are read from
 * the trajectory's columns after step t and after step t − 1.
 */
final class UpdateFormulas {

    private final Trajectory trajectory;
    private final OptimizerConfig config;
    private final int t;
    private final int p;
    private final List<Line> lines = new ArrayList<>();
    /** The gradient the optimizer stepped along: the one at θₜ₋₁ (a noisy sample of it, if noisy). */
    private final double g;
    /** η of this update (a schedule may change it per step). */
    private final double eta;

    private UpdateFormulas(Trajectory trajectory, int t, int p) {
        this.trajectory = trajectory;
        this.config = trajectory.spec().optimizer();
        this.t = t;
        this.p = p;
        this.g = p == 0 ? trajectory.sampleGradX(t - 1) : trajectory.sampleGradY(t - 1);
        this.eta = trajectory.spec().schedule().rate(config.learningRate(), t);
    }

    static List<Line> lines(Trajectory trajectory, int t, int p) {
        UpdateFormulas formulas = new UpdateFormulas(trajectory, t, p);
        formulas.explain();
        return formulas.lines;
    }

    private void explain() {
        add("g", Messages.get("explain.gradient"), "", g);
        if (eta != config.learningRate()) {
            add("η", Messages.get("explain.scheduled"), "", eta);
        }
        switch (config.kind()) {
            case SGD -> sgd();
            case RMSPROP -> rmsProp();
            case ADAGRAD -> adagrad();
            case ADAM -> adam();
            case NADAM -> nadam();
            case ADADELTA -> adaDelta();
        }
        double before = theta(t - 1);
        double after = theta(t);
        add("θ", "θₜ₋₁ + Δθ", n(before) + " + " + n(after - before), after);
    }

    private void sgd() {
        double direction = g;
        String directionName = "g";
        if (config.momentum() > 0) {
            double mu = config.momentum();
            double buffer = state("momentum_buffer");
            if (t == 1) {
                add("momentum_buffer", "g", "", buffer);
            } else {
                add("momentum_buffer", "μ·momentum_buffer + g",
                        n(mu) + "·" + n(previous("momentum_buffer")) + " + " + n(g), buffer);
            }
            if (config.nesterov()) {
                direction = g + mu * buffer;
                add("direction", "g + μ·momentum_buffer (Nesterov)", n(g) + " + " + n(mu) + "·" + n(buffer), direction);
                directionName = "direction";
            } else {
                direction = buffer;
                directionName = "momentum_buffer";
            }
        }
        add("η_eff", "η", "", rate());
        delta("−η_eff·" + directionName, "−" + n(rate()) + "·" + n(direction));
    }

    private void rmsProp() {
        double beta = config.beta();
        double squareAverage = state("square_avg");
        add("square_avg", "β·square_avg + (1 − β)·g²",
                n(beta) + "·" + n(previous("square_avg")) + " + " + n(1 - beta) + "·" + n(g) + "²", squareAverage);
        String sFormula = "square_avg";
        String sNumbers = n(squareAverage);
        double s = squareAverage;
        if (config.biasCorrection()) {
            double correction = 1 - Math.pow(beta, t);
            sFormula += "/(1 − βᵗ)";
            sNumbers += "/" + n(correction);
            s /= correction;
        }
        if (config.centered()) {
            double gradientAverage = state("grad_avg");
            add("grad_avg", "β·grad_avg + (1 − β)·g",
                    n(beta) + "·" + n(previous("grad_avg")) + " + " + n(1 - beta) + "·" + n(g), gradientAverage);
            sFormula += " − grad_avg²";
            sNumbers += " − " + n(gradientAverage) + "²";
            s = Math.max(0, s - gradientAverage * gradientAverage);
        }
        if (!sFormula.equals("square_avg")) {
            add("s", sFormula + (config.centered() ? note("explain.note.at-least-zero") : ""), sNumbers, s);
        }
        String sName = sFormula.equals("square_avg") ? "square_avg" : "s";
        double denominator = denominator(sName, s, config.epsilonPlacement());
        add("η_eff", "η/denominator", n(eta) + "/" + n(denominator), rate());
        if (config.momentum() > 0) {
            double buffer = state("momentum_buffer");
            add("momentum_buffer", "μ·momentum_buffer + g/denominator", n(config.momentum()) + "·"
                    + n(previous("momentum_buffer")) + " + " + n(g) + "/" + n(denominator), buffer);
            delta("−η·momentum_buffer", "−" + n(eta) + "·" + n(buffer));
        } else {
            delta("−η_eff·g", "−" + n(rate()) + "·" + n(g));
        }
    }

    private void adagrad() {
        double sum = state("sum");
        add("sum", "sum + g²", n(previous("sum")) + " + " + n(g) + "²", sum);
        double denominator = denominator("sum", sum, config.epsilonPlacement());
        add("η_eff", "η/denominator", n(eta) + "/" + n(denominator), rate());
        delta("−η_eff·g", "−" + n(rate()) + "·" + n(g));
    }

    private void adam() {
        double second = moments();
        double correction1 = 1 - Math.pow(config.beta1(), t);
        double correction2 = 1 - Math.pow(config.beta2(), t);
        double mHat = state("exp_avg") / correction1;
        add("m̂", "exp_avg/(1 − β₁ᵗ)", n(state("exp_avg")) + "/" + n(correction1), mHat);
        String secondName = config.amsgrad() ? "max_exp_avg_sq" : "exp_avg_sq";
        if (config.epsilonHat()) {
            double stepSize = eta * Math.sqrt(correction2) / correction1;
            add("αₜ", "η·√(1 − β₂ᵗ)/(1 − β₁ᵗ)" + note("explain.note.keras-step"),
                    n(eta) + "·√(" + n(correction2) + ")/" + n(correction1), stepSize);
            double denominator = Math.sqrt(second) + config.epsilon();
            add("denominator", "√(" + secondName + ") + ε̂", "√(" + n(second) + ") + " + n(config.epsilon()), denominator);
            add("η_eff", "η·√(1 − β₂ᵗ)/denominator" + note("explain.note.factor-on-m-hat"),
                    n(eta) + "·√(" + n(correction2) + ")/" + n(denominator), rate());
        } else {
            double vHat = second / correction2;
            add("v̂", secondName + "/(1 − β₂ᵗ)", n(second) + "/" + n(correction2), vHat);
            double denominator = Math.sqrt(vHat) + config.epsilon();
            add("denominator", "√(v̂) + ε", "√(" + n(vHat) + ") + " + n(config.epsilon()), denominator);
            add("η_eff", "η/denominator" + note("explain.note.factor-on-m-hat"), n(eta) + "/" + n(denominator), rate());
        }
        delta("−η_eff·m̂", "−" + n(rate()) + "·" + n(mHat));
    }

    private void nadam() {
        moments();
        double muT = mu(t);
        double muNext = mu(t + 1);
        String schedule = "β₁·(1 − 0.5·0.96^(ψ·t))";
        add("μₜ", schedule, n(config.beta1()) + "·(1 − 0.5·0.96^(" + n(config.momentumDecay()) + "·" + t + "))", muT);
        add("μₜ₊₁", schedule.replace("t)", "(t + 1))"), "", muNext);
        double product = state("mu_product");
        add("mu_product", "mu_product·μₜ", n(previous("mu_product")) + "·" + n(muT), product);
        double m = state("exp_avg");
        double direction = (1 - muT) / (1 - product) * g + muNext / (1 - product * muNext) * m;
        add("m̄", "(1 − μₜ)/(1 − mu_product)·g + μₜ₊₁/(1 − mu_product·μₜ₊₁)·exp_avg",
                "(1 − " + n(muT) + ")/(1 − " + n(product) + ")·" + n(g) + " + " + n(muNext) + "/(1 − "
                        + n(product) + "·" + n(muNext) + ")·" + n(m), direction);
        double correction2 = 1 - Math.pow(config.beta2(), t);
        double v = state("exp_avg_sq");
        double denominator;
        if (config.epsilonHat()) {
            denominator = (Math.sqrt(v) + config.epsilon()) / Math.sqrt(correction2);
            add("denominator", "(√(exp_avg_sq) + ε̂)/√(1 − β₂ᵗ)",
                    "(√(" + n(v) + ") + " + n(config.epsilon()) + ")/√(" + n(correction2) + ")", denominator);
        } else {
            double vHat = v / correction2;
            add("v̂", "exp_avg_sq/(1 − β₂ᵗ)", n(v) + "/" + n(correction2), vHat);
            denominator = Math.sqrt(vHat) + config.epsilon();
            add("denominator", "√(v̂) + ε", "√(" + n(vHat) + ") + " + n(config.epsilon()), denominator);
        }
        add("η_eff", "η/denominator" + note("explain.note.factor-on-m-bar"), n(eta) + "/" + n(denominator), rate());
        delta("−η_eff·m̄", "−" + n(rate()) + "·" + n(direction));
    }

    private void adaDelta() {
        double rho = config.beta();
        double epsilon = config.epsilon();
        double squareAverage = state("square_avg");
        add("square_avg", "ρ·square_avg + (1 − ρ)·g²",
                n(rho) + "·" + n(previous("square_avg")) + " + " + n(1 - rho) + "·" + n(g) + "²", squareAverage);
        double oldDelta = previous("acc_delta");
        double ratio = Math.sqrt(oldDelta + epsilon) / Math.sqrt(squareAverage + epsilon);
        add("ratio", "√(acc_delta + ε)/√(square_avg + ε)" + note("explain.note.acc-delta-before"),
                "√(" + n(oldDelta) + " + " + n(epsilon) + ")/√(" + n(squareAverage) + " + " + n(epsilon) + ")", ratio);
        double delta = ratio * g;
        add("Δ", "ratio·g", n(ratio) + "·" + n(g), delta);
        add("acc_delta", "ρ·acc_delta + (1 − ρ)·Δ²",
                n(rho) + "·" + n(oldDelta) + " + " + n(1 - rho) + "·" + n(delta) + "²", state("acc_delta"));
        add("η_eff", "η·ratio", n(eta) + "·" + n(ratio), rate());
        delta("−η·Δ", "−" + n(eta) + "·" + n(delta));
    }

    /** Adam's and Nadam's exp_avg, exp_avg_sq (and max_exp_avg_sq); returns the second moment used. */
    private double moments() {
        double beta1 = config.beta1();
        double beta2 = config.beta2();
        add("exp_avg", "β₁·exp_avg + (1 − β₁)·g",
                n(beta1) + "·" + n(previous("exp_avg")) + " + " + n(1 - beta1) + "·" + n(g), state("exp_avg"));
        add("exp_avg_sq", "β₂·exp_avg_sq + (1 − β₂)·g²", n(beta2) + "·" + n(previous("exp_avg_sq")) + " + "
                + n(1 - beta2) + "·" + n(g) + "²", state("exp_avg_sq"));
        if (config.amsgrad()) {
            add("max_exp_avg_sq", "max(max_exp_avg_sq, exp_avg_sq)",
                    "max(" + n(previous("max_exp_avg_sq")) + ", " + n(state("exp_avg_sq")) + ")", state("max_exp_avg_sq"));
            return state("max_exp_avg_sq");
        }
        return state("exp_avg_sq");
    }

    /** Adds the denominator line of an ε-inside or ε-outside form over quantity {@code name} = s. */
    private double denominator(String name, double s, EpsilonPlacement placement) {
        double epsilon = config.epsilon();
        boolean inside = placement == EpsilonPlacement.INSIDE;
        double denominator = inside ? Math.sqrt(s + epsilon) : Math.sqrt(s) + epsilon;
        add("denominator", inside ? "√(" + name + " + ε)" : "√(" + name + ") + ε",
                inside ? "√(" + n(s) + " + " + n(epsilon) + ")" : "√(" + n(s) + ") + " + n(epsilon), denominator);
        return denominator;
    }

    private double mu(int step) {
        return config.beta1() * (1 - 0.5 * Math.pow(0.96, step * config.momentumDecay()));
    }

    private void delta(String formula, String numbers) {
        add("Δθ", formula, numbers, theta(t) - theta(t - 1));
    }

    private void add(String name, String formula, String numbers, double value) {
        lines.add(new Line(name, formula, numbers, value));
    }

    private double rate() {
        return p == 0 ? trajectory.lrX(t) : trajectory.lrY(t);
    }

    private double theta(int row) {
        return p == 0 ? trajectory.x(row) : trajectory.y(row);
    }

    private double state(String name) {
        return stateAt(name, t);
    }

    private double previous(String name) {
        return stateAt(name, t - 1);
    }

    private double stateAt(String name, int row) {
        return trajectory.state(trajectory.stateNames().indexOf(name), p, row);
    }

    /** A number in a substituted formula: negative ones in parentheses. */
    private static String n(double value) {
        String text = number(value);
        return value < 0 ? "(" + text + ")" : text;
    }

    /** A remark after a formula, " (at least 0)", in the language in use; {@link Latex} sets it as text. */
    private static String note(String key) {
        return Messages.get("explain.note", Messages.get(key));
    }
}
