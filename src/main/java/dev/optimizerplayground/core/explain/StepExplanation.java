package dev.optimizerplayground.core.explain;

import dev.optimizerplayground.core.optimizer.OptimizerConfig;
import dev.optimizerplayground.core.run.Trajectory;
import dev.optimizerplayground.core.text.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * Why step t went where it went: the update of one run written as its optimizer's formula, in the
 * run's own form (ε inside or outside, centered, bias correction, Keras ε̂, Nesterov look-ahead…),
 * with the actual numbers substituted, per parameter. Every state value shown is the trajectory's
 * own column (the numbers {@code trace --state} prints); the intermediate quantities (bias-corrected
 * moments, the denominator) are computed from those columns by the formula shown next to them.
 * Numbers are written as {@link Double#toString(double)} writes them, so they can be checked
 * against {@code trace} exactly.
 */
public final class StepExplanation {

    /** One line: {@code name = formula = numbers = value}; formula and numbers may be empty. */
    public record Line(String name, String formula, String numbers, double value) {

        public String text() {
            StringBuilder out = new StringBuilder(name).append(" = ");
            if (!formula.isEmpty()) {
                out.append(formula).append(" = ");
            }
            if (!numbers.isEmpty()) {
                out.append(numbers).append(" = ");
            }
            return out.append(number(value)).toString();
        }

        public String latex() {
            StringBuilder out = new StringBuilder(Latex.of(name)).append(" = ");
            if (!formula.isEmpty()) {
                out.append(Latex.of(formula)).append(" = ");
            }
            if (!numbers.isEmpty()) {
                out.append(Latex.of(numbers)).append(" = ");
            }
            return out.append(Latex.of(number(value))).toString();
        }
    }

    /** The lines for one parameter, "x" or "y". */
    public record Parameter(String name, List<Line> lines) {
        public Parameter {
            lines = List.copyOf(lines);
        }

        /** The line called {@code name}, e.g. "square_avg" or "Δθ". */
        public Line line(String lineName) {
            return lines.stream().filter(l -> l.name().equals(lineName)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no line " + lineName));
        }
    }

    private final String title;
    private final int step;
    private final List<Parameter> parameters;

    private StepExplanation(String title, int step, List<Parameter> parameters) {
        this.title = title;
        this.step = step;
        this.parameters = List.copyOf(parameters);
    }

    /**
     * The update that produced row {@code step} of the trajectory (1 ≤ step ≤ lastStep).
     *
     * @throws IllegalArgumentException when there is no such update (step 0 or past the run's end)
     */
    public static StepExplanation of(Trajectory trajectory, int step) {
        if (step < 1 || step > trajectory.lastStep()) {
            throw new IllegalArgumentException("no update produced step " + step + "; steps 1.."
                    + trajectory.lastStep() + " have one");
        }
        OptimizerConfig config = trajectory.spec().optimizer();
        List<Parameter> parameters = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
            parameters.add(new Parameter(p == 0 ? "x" : "y", UpdateFormulas.lines(trajectory, step, p)));
        }
        String title = Messages.get("explain.title", config.kind().id(), config.convention().id(), step);
        return new StepExplanation(title, step, parameters);
    }

    public int step() {
        return step;
    }

    public List<Parameter> parameters() {
        return parameters;
    }

    public Parameter parameter(int index) {
        return parameters.get(index);
    }

    /** Plain text: a title line, then each parameter's lines. */
    public String text() {
        StringBuilder out = new StringBuilder(title).append('\n');
        for (Parameter parameter : parameters) {
            out.append(Messages.get("explain.parameter", parameter.name())).append('\n');
            for (Line line : parameter.lines()) {
                out.append("  ").append(line.text()).append('\n');
            }
        }
        return out.toString();
    }

    /** LaTeX: one {@code align*} environment per parameter. */
    public String latex() {
        StringBuilder out = new StringBuilder("% ").append(title).append('\n');
        for (Parameter parameter : parameters) {
            out.append("% ").append(Messages.get("explain.parameter", parameter.name())).append('\n')
                    .append("\\begin{align*}\n");
            List<Line> lines = parameter.lines();
            for (int i = 0; i < lines.size(); i++) {
                out.append("  ").append(lines.get(i).latex().replaceFirst(" = ", " &= "));
                out.append(i + 1 < lines.size() ? " \\\\\n" : "\n");
            }
            out.append("\\end{align*}\n");
        }
        return out.toString();
    }

    static String number(double value) {
        return Double.toString(value);
    }
}
