package dev.optimizerplayground.session;

import dev.optimizerplayground.core.optimizer.Convention;
import dev.optimizerplayground.core.optimizer.OptimizerConfig;
import dev.optimizerplayground.core.optimizer.OptimizerKind;
import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.core.text.QuotedText;
import java.util.Locale;

/**
 * The optimizers the window can race, each with a fixed colour used everywhere (trail, marker,
 * legend, charts). The first eight colours are the Okabe–Ito palette, which stays distinct for
 * colour-blind eyes. RMSProp B, a second RMSProp for comparing two settings of the optimizer the app
 * is about (β 0.5 vs 0.9, ε inside vs outside the root), is grey #999999: Okabe–Ito has only eight
 * colours, and this grey is the one the Cookbook for R's colour-blind palette puts in place of
 * black. Grey is the lightest lane colour; the white halo under every trail and the darkened
 * title of a side-by-side cell keep it legible.
 *
 * <p>Learning rates are chosen for the classroom, not copied from the frameworks: their defaults
 * (often 0.001) barely move on these surfaces in a few hundred steps. RMSProp, Adagrad and Adam use
 * those of the reference matplotlib animation ({@code src/jmh/scripts/matplotlib_gif.py}); SGD
 * uses 0.09 rather than its 0.05, because on the first-run valley x² + 10y² a rate of exactly 1/20 cancels y in one step,
 * hiding the zigzag across the valley that shows why one global rate is a problem.
 */
public enum OptimizerLane {
    RMSPROP("lane.rmsprop.name", OptimizerKind.RMSPROP, "#D55E00", true, 0.1),
    RMSPROP_B("lane.rmsprop-b.name", OptimizerKind.RMSPROP, "#999999", false, 0.1),
    ADAGRAD("lane.adagrad.name", OptimizerKind.ADAGRAD, "#56B4E9", true, 0.5),
    SGD("lane.sgd.name", OptimizerKind.SGD, "#000000", true, 0.09),
    ADAM("lane.adam.name", OptimizerKind.ADAM, "#CC79A7", true, 0.1),
    NADAM("lane.nadam.name", OptimizerKind.NADAM, "#E69F00", false, 0.1),
    ADADELTA("lane.adadelta.name", OptimizerKind.ADADELTA, "#009E73", false, 1.0),
    SGD_MOMENTUM("lane.sgd-momentum.name", OptimizerKind.SGD, "#0072B2", false, 0.02),
    SGD_NESTEROV("lane.sgd-nesterov.name", OptimizerKind.SGD, "#F0E442", false, 0.02);

    private final String nameKey;
    private final OptimizerKind kind;
    private final String colour;
    private final boolean onByDefault;
    private final double classroomLearningRate;

    OptimizerLane(String nameKey, OptimizerKind kind, String colour, boolean onByDefault, double classroomLearningRate) {
        this.nameKey = nameKey;
        this.kind = kind;
        this.colour = colour;
        this.onByDefault = onByDefault;
        this.classroomLearningRate = classroomLearningRate;
    }

    /** Lower-case id used in files and on the command line: "rmsprop", "sgd-momentum", ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Its name in the legend and on its card, in the language in use ("SGD + momentum"). */
    public String displayName() {
        return Messages.get(nameKey);
    }

    public OptimizerKind kind() {
        return kind;
    }

    /** Web colour, "#RRGGBB". */
    public String colour() {
        return colour;
    }

    /** The colour as opaque 0xAARRGGBB, for pictures drawn pixel by pixel. */
    public int argb() {
        return 0xFF000000 | Integer.parseInt(colour.substring(1), 16);
    }

    public boolean onByDefault() {
        return onByDefault;
    }

    /** The convention's forms and defaults, with this lane's momentum and the given learning rate. */
    public OptimizerConfig configFor(Convention convention, double learningRate) {
        OptimizerConfig config = OptimizerConfig.defaults(kind, convention).withLearningRate(learningRate);
        switch (this) {
            case SGD_MOMENTUM:
                return config.withMomentum(0.9);
            case SGD_NESTEROV:
                return config.withMomentum(0.9).withNesterov(true);
            default:
                return config;
        }
    }

    /** What the lane starts with: textbook forms, classroom learning rate. */
    public OptimizerConfig initialConfig() {
        return configFor(Convention.TEXTBOOK, classroomLearningRate);
    }

    public static OptimizerLane fromId(String id) {
        for (OptimizerLane lane : values()) {
            if (lane.id().equals(id)) {
                return lane;
            }
        }
        throw new IllegalArgumentException(Messages.get("error.session.unknown-lane", QuotedText.quote(id)));
    }
}
