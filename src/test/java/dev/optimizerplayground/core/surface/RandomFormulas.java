package dev.optimizerplayground.core.surface;

import java.util.Random;

/**
 * Random formulas for property tests, built from a seed so jqwik can report a failing one. Smooth
 * formulas stay differentiable (and moderate) on [-2, 2]²; general ones use every operator and
 * function, including the non-smooth and partial ones.
 */
final class RandomFormulas {

    private static final String[] SMOOTH_UNARY = {
        "sin(%s)", "cos(%s)", "atan(%s)", "tanh(%s)", "exp(%s/4)", "sqrt(1 + (%s)^2)", "log(2 + sin(%s))",
        "log10(3 + cos(%s))", "log2(1 + (%s)^2)", "cbrt(2 + tanh(%s))", "asin(tanh(%s)/2)", "acos(sin(%s)/3)",
        "sinh(%s/3)", "cosh(%s/3)", "tan(atan(%s)/2)", "-(%s)", "(%s)^2", "(%s)^3", "abs(1 + (%s)^2)",
        "2^(sin(%s))", "(2 + cos(%s))^(sin(%s))", "(1.5 + sin(%s))^x",
    };
    private static final String[] SMOOTH_BINARY = {"(%s) + (%s)", "(%s) - (%s)", "(%s) * (%s)", "(%s) / (2 + (%s)^2)"};
    private static final String[] ANY_UNARY = {
        "abs(%s)", "acos(%s)", "asin(%s)", "atan(%s)", "cbrt(%s)", "ceil(%s)", "cos(%s)", "cosh(%s)", "exp(%s)",
        "floor(%s)", "log(%s)", "log10(%s)", "log2(%s)", "sin(%s)", "sinh(%s)", "sqrt(%s)", "tan(%s)", "tanh(%s)",
        "signum(%s)", "-%s", "(%s)^2", "(%s)^3", "(%s)^4", "(%s)^0.5", "(%s)^-1", "(%s)^0", "2(%s)",
    };
    private static final String[] ANY_BINARY = {"%s + %s", "%s - %s", "%s * %s", "%s / %s", "%s %% %s", "%s ^ %s", "(%s)(%s)"};
    private static final String[] LEAVES = {"x", "y", "2.5", "0", "1", "pi", "e", "3x", "xy", "0.5y", "1e-3"};

    private RandomFormulas() {
    }

    static String smooth(long seed) {
        return smooth(new Random(seed), 3);
    }

    static String any(long seed) {
        return any(new Random(seed), 4);
    }

    private static String smooth(Random random, int depth) {
        if (depth == 0 || random.nextInt(4) == 0) {
            String[] leaves = {"x", "y", "x", "y", "0.7", "xy", "2x", "pi"};
            return leaves[random.nextInt(leaves.length)];
        }
        if (random.nextBoolean()) {
            String template = SMOOTH_UNARY[random.nextInt(SMOOTH_UNARY.length)];
            String inner = smooth(random, depth - 1);
            return template.replace("%s", inner);
        }
        String template = SMOOTH_BINARY[random.nextInt(SMOOTH_BINARY.length)];
        return String.format(template, smooth(random, depth - 1), smooth(random, depth - 1));
    }

    private static String any(Random random, int depth) {
        if (depth == 0 || random.nextInt(4) == 0) {
            return LEAVES[random.nextInt(LEAVES.length)];
        }
        if (random.nextBoolean()) {
            return ANY_UNARY[random.nextInt(ANY_UNARY.length)].replace("%s", any(random, depth - 1));
        }
        String template = ANY_BINARY[random.nextInt(ANY_BINARY.length)];
        return "(" + String.format(template, any(random, depth - 1), any(random, depth - 1)) + ")";
    }
}
