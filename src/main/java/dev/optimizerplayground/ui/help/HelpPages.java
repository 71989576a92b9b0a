package dev.optimizerplayground.ui.help;

import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.ui.lesson.LessonEditor;
import java.util.List;

/**
 * The words of the Help menu, kept apart from how they are shown. The optimizer guide follows the
 * core's formulas (see the optimizer classes' comments) and the Chinese RMSProp articles the app
 * grew from: their E[g²]ₜ = 0.9·E[g²]ₜ₋₁ + 0.1·gₜ² with ε inside the root is the textbook
 * convention here; their PyTorch-style code's alpha = 0.99 is PyTorch's default.
 */
final class HelpPages {

    /** One key or gesture and what it does, as a row of the shortcuts page. */
    record Shortcut(String keys, String action) {
    }

    /** A piece of a help page: a heading, a paragraph of prose, or a formula shown on its own line. */
    record Block(Kind kind, String text) {
        enum Kind { HEADING, PARAGRAPH, FORMULA }
    }

    private HelpPages() {
    }

    /** What the mouse and the desktop do; the keys come from the window's actions. */
    static List<Shortcut> gestures() {
        return List.of(
                new Shortcut("Esc in a text field", "Leave it (Enter commits too) and give the keys back to playback"),
                new Shortcut("Mouse wheel on the plot", "Zoom in or out around the pointer"),
                new Shortcut("Drag on the plot", "Move the view (pan)"),
                new Shortcut("Click on the plot", "Start every optimizer from that point"),
                new Shortcut("Drag the start marker", "Move the start point and watch the runs follow"),
                new Shortcut("Drop a .json file on the window", "Open that scenario"));
    }

    private static Block h(String text) {
        return new Block(Block.Kind.HEADING, text);
    }

    private static Block p(String text) {
        return new Block(Block.Kind.PARAGRAPH, text);
    }

    private static Block f(String text) {
        return new Block(Block.Kind.FORMULA, text);
    }

    static List<Block> optimizerGuide() {
        return List.of(
                p("Every optimizer stands on the surface f(x, y) at the same start point θ = (x, y) and takes "
                        + "steps downhill. At each step t it measures the gradient gₜ = (∂f/∂x, ∂f/∂y), the "
                        + "direction of steepest ascent, and moves against it. They differ only in how far they "
                        + "step, and each rule below is applied to x and to y separately."),

                h("RMSProp: a moving average that forgets"),
                f("E[g²]ₜ = β·E[g²]ₜ₋₁ + (1 − β)·gₜ²"),
                f("θₜ = θₜ₋₁ − η / √(E[g²]ₜ + ε) · gₜ"),
                p("E[g²] is a running average of the squared gradient, one for x and one for y, starting at 0. "
                        + "Each step keeps the fraction β of the old average and mixes in (1 − β) of the new g². "
                        + "With β = 0.9 (E[g²]ₜ = 0.9·E[g²]ₜ₋₁ + 0.1·gₜ²) it remembers roughly the last "
                        + "1/(1 − β) = 10 steps; with β = 0.99, about 100."),
                p("Dividing by √E[g²], the root of the mean square (hence the name), makes every step about "
                        + "η long whatever the size of the gradient: a steep direction is slowed down, a flat one "
                        + "sped up. The factor η / √(E[g²]ₜ + ε) is the effective learning rate. Because the "
                        + "average forgets, when the ground flattens E[g²] shrinks and the effective learning "
                        + "rate grows again. This is how RMSProp fixes Adagrad's ever-shrinking learning rate."),
                p("Worked example: η = 0.1, β = 0.9, first step with g = 2. E[g²]₁ = 0.9·0 + 0.1·4 = 0.4, "
                        + "√0.4 ≈ 0.632, so the step is 0.1 · 2 / 0.632 ≈ 0.316: more than three times η, because "
                        + "the average started at 0 and is still too small (see bias correction below)."),

                h("Adagrad: a sum that never forgets"),
                f("Gₜ = Gₜ₋₁ + gₜ²"),
                f("θₜ = θₜ₋₁ − η / (√Gₜ + ε) · gₜ"),
                p("Adagrad was the first to give each coordinate its own step size, η / √G. But G is a sum: "
                        + "every gradient ever seen stays in it, so G only grows and the effective learning rate "
                        + "only falls. A few huge gradients at a steep start shrink every later step, and Adagrad "
                        + "may stall long before the minimum. RMSProp is Adagrad with the sum replaced by a "
                        + "moving average. (Keras starts G at 0.1 and puts ε inside the root.)"),

                h("SGD: one global learning rate"),
                f("θₜ = θₜ₋₁ − η · gₜ"),
                p("Plain gradient descent uses the same η for x and y at every step, so the step is long where "
                        + "the surface is steep and short where it is flat. In a long narrow valley no single η "
                        + "works: one small enough not to bounce across the steep walls crawls along the flat "
                        + "floor. That is the problem the adaptive methods solve."),
                f("bufₜ = μ·bufₜ₋₁ + gₜ,   θₜ = θₜ₋₁ − η · bufₜ"),
                p("SGD + momentum adds up past gradients: pushes in a consistent direction accumulate, back-and-"
                        + "forth pushes cancel. SGD + Nesterov steps with gₜ + μ·bufₜ, looking one step ahead."),

                h("Adam: momentum plus RMSProp, with bias correction"),
                f("mₜ = β₁·mₜ₋₁ + (1 − β₁)·gₜ          vₜ = β₂·vₜ₋₁ + (1 − β₂)·gₜ²"),
                f("θₜ = θₜ₋₁ − η · [mₜ / (1 − β₁ᵗ)] / (√[vₜ / (1 − β₂ᵗ)] + ε)"),
                p("m is a moving average of the gradient (momentum) and v is RMSProp's average of g² "
                        + "(usually β₁ = 0.9, β₂ = 0.999). Both start at 0, so early on they are too small; "
                        + "dividing by 1 − βᵗ undoes exactly that (at t = 1 the corrected m is g₁ itself), and the "
                        + "correction fades as t grows. With β₁ = 0 Adam becomes RMSProp with bias correction and "
                        + "ε outside the root; two teaching scenarios use this. Keras folds the correction into "
                        + "the step size (the \"ε-hat form\"), which only changes how much ε counts."),
                p("Nadam is Adam with Nesterov's look-ahead momentum. AdaDelta uses RMSProp's average in the "
                        + "denominator and a moving average of its own past squared steps in the numerator, so "
                        + "it needs no learning rate (η = 1 is the original method)."),

                h("Where ε goes: inside or outside the root"),
                f("inside:  η / √(E[g²] + ε)          outside:  η / (√E[g²] + ε)"),
                p("ε only keeps the division finite, and the two forms agree whenever E[g²] is much larger "
                        + "than ε. They part when gradients become tiny, near a minimum or on a plateau. Inside, "
                        + "the denominator can never fall below √ε (with ε = 10⁻⁸ that is 10⁻⁴, so the effective "
                        + "learning rate is at most 10 000·η); outside, it can fall to ε itself (at most 10⁸·η). "
                        + "Hinton's lecture had no ε at all; Keras and most tutorials written from it put ε inside, "
                        + "while PyTorch's RMSprop and Adagrad, and Adam everywhere, put it outside. The \"ε inside √\" switch on an optimizer card "
                        + "flips it; the teaching scenario about ε shows a case where it matters."),

                h("β = 0.9 or 0.99? Conventions"),
                p("Hinton's lecture and Keras use β = 0.9; PyTorch's RMSprop defaults to alpha = 0.99 (its "
                        + "name for β), which averages over about 100 steps instead of 10. So a text whose formula "
                        + "says 0.9 while its PyTorch-style code says alpha = 0.99 is mixing two conventions, and a "
                        + "hand-written \"PyTorch\" RMSProp that computes (E[g²] + ε).sqrt() has ε inside, while "
                        + "torch.optim.RMSprop computes E[g²].sqrt() + ε. The Textbook / PyTorch / Keras selector "
                        + "switches every optimizer to one framework's formulas and defaults, keeping the learning "
                        + "rates, so you can see what the difference does."),

                h("Bias correction for RMSProp"),
                f("E[g²]ₜ / (1 − βᵗ)   in place of   E[g²]ₜ"),
                p("Without it the first steps are too long: E[g²]₁ = (1 − β)·g₁², so the first step is "
                        + "η / √(1 − β) in each coordinate: about 3.2·η with β = 0.9 and 10·η with β = 0.99. "
                        + "Dividing by 1 − βᵗ, as Adam does, makes it η. No framework offers this switch for "
                        + "RMSProp; it is here to show where Adam's correction comes from."),

                h("What the charts show"),
                p("Effective learning rate: the number each optimizer multiplies its gradient by on each step, "
                        + "for x (solid line) and y (dashed): η / (√G + ε) for Adagrad, η / √(E[g²] + ε) for "
                        + "RMSProp, the bias-corrected rate for Adam (it multiplies the corrected momentum rather than g), and a flat η "
                        + "for SGD. Adagrad's line only goes down; RMSProp's comes back up when the gradients shrink."),
                p("For Adam and Nadam it has one meaning in every convention: the factor on the bias-corrected "
                        + "momentum m̂ = m / (1 − β₁ᵗ), that is η / (√v̂ + ε). Keras writes the same step as "
                        + "αₜ · m / (√v + ε̂) with αₜ = η·√(1 − β₂ᵗ)/(1 − β₁ᵗ), a factor on the raw m that is "
                        + "1/(1 − β₁ᵗ) times larger early on; the chart, the trace command and the exports show "
                        + "η·√(1 − β₂ᵗ)/(√v + ε̂), its factor on m̂, so that a PyTorch and a Keras lane can be compared."),
                p("Optimizer state has PyTorch's names (those of optimizer.state) in every convention, in the "
                        + "trace command's --state columns and in exported files: square_avg (E[g²]; Keras calls it "
                        + "velocities), grad_avg (centered E[g]; Keras average_gradients), momentum_buffer (Keras "
                        + "momentums, which for RMSProp are η times it and for SGD −η times it), sum (Adagrad's Σg²; "
                        + "Keras accumulators), exp_avg and exp_avg_sq (Adam's m and v; Keras momentums and "
                        + "velocities), max_exp_avg_sq (AMSGrad; Keras velocity_hats), mu_product (Nadam's product "
                        + "of momentum factors, one number; Keras u_product) and acc_delta (AdaDelta's E[Δθ²]; Keras "
                        + "accumulated_delta_vars, with accumulated_grads for square_avg)."),
                p("Loss f(θ): the height of each optimizer's point at each step; lower is better. It uses a "
                        + "logarithmic scale unless the surface dips below zero."),
                p("Squared-gradient accumulator: Adagrad's sum Σg² (it can only grow), RMSProp's E[g²] and "
                        + "Adam's v (they rise and fall with the ground). SGD keeps none. In every chart the marker "
                        + "line is the step shown on the plot."),

                h("Why this step: the step inspector"),
                p("Open \"Why this step\" under the charts to see the update that produced the step shown, for "
                        + "the optimizer whose legend entry you clicked (the first one otherwise): its formula, in the "
                        + "form the optimizer is set to, with the actual numbers put in for x and y: the gradient g, "
                        + "the accumulators before and after, the denominator, η_eff and the step Δθ. It follows the "
                        + "timeline and playback; Copy text and Copy LaTeX put it on the clipboard. Its numbers are "
                        + "the ones the trace command prints with --state."),
                h("The curvature lens"),
                p("Switch on \"Curvature lens\" under the plot to see the surface's curvature where the inspected "
                        + "optimizer stands: the Hessian's eigenvalues λ₁ ≥ λ₂ (how steeply the slope changes along "
                        + "the sharpest and the flattest direction), the condition number κ = λ₁/λ₂ (how elongated "
                        + "the valley is), an ellipse that is a contour of the local quadratic model, and the Newton "
                        + "step, a faint arrow to that model's minimum. Plain SGD's η slider carries a red mark at "
                        + "2/λ₁: with a larger η, SGD overshoots along the sharpest direction and its steps grow. On "
                        + "the elongated valley x² + 10y² the Hessian is the same everywhere (λ₁ = 20), so the mark "
                        + "is exactly 0.1 and SGD's 0.09 just stays below it."),
                p("Everywhere else all of this is local: it describes the quadratic that best fits the surface "
                        + "at that one point and changes as the optimizer moves, so a rate below the mark at one step "
                        + "can be above it a few steps later (on Rosenbrock, λ₁ grows as the path enters the curved "
                        + "valley). Where λ₂ < 0 the point is not in a bowl: there is no κ and no ellipse, only the "
                        + "two eigen-directions. For the adaptive methods the same question is asked per parameter: "
                        + "η_eff·∂²f/∂θᵢ² above 2 means that parameter's step is too large for the local curvature."),

                h("Things to try"),
                p("Open Teaching scenarios ▸ \"Why RMSProp beats Adagrad late in training\" and watch the "
                        + "effective learning rates. Then drag RMSProp's β from 0.9 towards 0.5 and towards 0.99. "
                        + "Click somewhere else on the plot to start again from there. Switch the convention to "
                        + "PyTorch and see which paths change."));
    }

    /**
     * The guide's last section: how to write a lesson (Lesson ▸ Edit…), and what happens to its
     * translations, as {@link dev.optimizerplayground.ui.lesson.LessonDraft} does it.
     */
    static List<Block> lessonGuide() {
        return List.of(
                new Block(Block.Kind.HEADING, Messages.get("help.lesson.title")),
                new Block(Block.Kind.PARAGRAPH, Messages.get("help.lesson.intro", LessonEditor.EDIT_KEYS.getDisplayText())),
                new Block(Block.Kind.PARAGRAPH, Messages.get("help.lesson.cues")),
                new Block(Block.Kind.PARAGRAPH,
                        Messages.get("help.lesson.apply", LessonEditor.APPLY_KEYS.getDisplayText())),
                new Block(Block.Kind.PARAGRAPH, Messages.get("help.lesson.languages")));
    }
}
