package dev.optimizerplayground.core.surface;

/**
 * Every operation a compiled surface performs, with its value and its partial derivatives: the one
 * place where differentiation rules live. Both the bytecode compiler (which emits calls to these
 * methods on the enum constants, inlined by the JIT) and the {@link Interpreter} use them, so the two
 * evaluation paths cannot disagree about a rule.
 *
 * <p>Every non-leaf operation takes operands {@code (a, b)}: unary operations ignore {@code b},
 * except {@link #POW_CONST} whose {@code b} is the constant exponent. Values follow exp4j 0.4.8
 * (which uses {@link Math}) except that division and {@code %} by zero give IEEE results (±∞, NaN)
 * where exp4j throws. At non-differentiable points the partials follow autodiff frameworks:
 * 0 on the flat pieces of floor/ceil/signum, abs'(0) = 0, sqrt'(0) = cbrt'(0) = +∞,
 * ∂(a % b)/∂b = −trunc(a/b) as PyTorch's fmod. Second partials (for the Hessian) are the
 * derivatives of those first partials where they are smooth, 0 on the piecewise-constant pieces.
 */
enum Op {
    /** A number (folded constants included). */
    CONST(0, null),
    X(0, null),
    Y(0, null),

    NEG(1, null) {
        @Override double value(double a, double b) { return -a; }
        @Override double partialA(double a, double b, double v) { return -1.0; }
    },
    ADD(2, "+") {
        @Override double value(double a, double b) { return a + b; }
        @Override double partialA(double a, double b, double v) { return 1.0; }
        @Override double partialB(double a, double b, double v) { return 1.0; }
    },
    SUB(2, "-") {
        @Override double value(double a, double b) { return a - b; }
        @Override double partialA(double a, double b, double v) { return 1.0; }
        @Override double partialB(double a, double b, double v) { return -1.0; }
    },
    MUL(2, "*") {
        @Override double value(double a, double b) { return a * b; }
        @Override double partialA(double a, double b, double v) { return b; }
        @Override double partialB(double a, double b, double v) { return a; }
        @Override double partialAB(double a, double b, double v) { return 1.0; }
    },
    DIV(2, "/") {
        @Override double value(double a, double b) { return a / b; }
        @Override double partialA(double a, double b, double v) { return 1.0 / b; }
        @Override double partialB(double a, double b, double v) { return -v / b; }
        @Override double partialAB(double a, double b, double v) { return -1.0 / (b * b); }
        @Override double partialBB(double a, double b, double v) { return 2.0 * v / (b * b); }
    },
    MOD(2, "%") {
        // Java's % on doubles is C's fmod, which is what exp4j computes.
        @Override double value(double a, double b) { return a % b; }
        @Override double partialA(double a, double b, double v) { return 1.0; }
        @Override double partialB(double a, double b, double v) { return -truncate(a / b); }
    },
    /** a^b with a variable exponent. */
    POW(2, "^") {
        @Override double value(double a, double b) { return Math.pow(a, b); }
        // b·a^(b−1) rather than v·b/a, so that 0^b (b > 0) has a finite partial instead of 0/0.
        @Override double partialA(double a, double b, double v) { return b * Math.pow(a, b - 1.0); }
        // PyTorch's convention: the ln(0) term is dropped where 0^b is 0 or 1 (b ≥ 0).
        @Override double partialB(double a, double b, double v) {
            return a == 0.0 && b >= 0.0 ? 0.0 : v * Math.log(a);
        }
        @Override double partialAA(double a, double b, double v) { return b * (b - 1.0) * Math.pow(a, b - 2.0); }
        // ∂/∂b of b·a^(b−1): a^(b−1)·(1 + b·ln a), the ln term dropped at a = 0 as in partialB.
        @Override double partialAB(double a, double b, double v) {
            double power = Math.pow(a, b - 1.0);
            return a == 0.0 && b >= 0.0 ? power : power * (1.0 + b * Math.log(a));
        }
        @Override double partialBB(double a, double b, double v) {
            if (a == 0.0 && b >= 0.0) {
                return 0.0;
            }
            double log = Math.log(a);
            return v * log * log;
        }
    },
    /**
     * a^c with a constant exponent c (passed as b): small integer exponents become multiplications,
     * which the JIT cannot do for Math.pow in the interpreter or C1. a·a is the correctly rounded
     * square, which Math.pow(a, 2) also returns; a·a·a and (a·a)·(a·a) may differ from Math.pow by
     * about one ulp. The derivative is c·a^(c−1), so x^2 at x = 0 gives 0 (no ln 0).
     */
    POW_CONST(1, null) {
        @Override double value(double a, double c) { return powConstant(a, c); }
        @Override double partialA(double a, double c, double v) {
            return c == 0.0 ? 0.0 : c * powConstant(a, c - 1.0);
        }
        @Override double partialAA(double a, double c, double v) {
            return c == 0.0 || c == 1.0 ? 0.0 : c * (c - 1.0) * powConstant(a, c - 2.0);
        }
    },

    ABS(1, "abs") {
        @Override double value(double a, double b) { return Math.abs(a); }
        @Override double partialA(double a, double b, double v) { return Math.signum(a); }
    },
    ACOS(1, "acos") {
        @Override double value(double a, double b) { return Math.acos(a); }
        @Override double partialA(double a, double b, double v) { return -1.0 / Math.sqrt(1.0 - a * a); }
        @Override double partialAA(double a, double b, double v) { double r = 1.0 - a * a; return -a / (r * Math.sqrt(r)); }
    },
    ASIN(1, "asin") {
        @Override double value(double a, double b) { return Math.asin(a); }
        @Override double partialA(double a, double b, double v) { return 1.0 / Math.sqrt(1.0 - a * a); }
        @Override double partialAA(double a, double b, double v) { double r = 1.0 - a * a; return a / (r * Math.sqrt(r)); }
    },
    ATAN(1, "atan") {
        @Override double value(double a, double b) { return Math.atan(a); }
        @Override double partialA(double a, double b, double v) { return 1.0 / (1.0 + a * a); }
        @Override double partialAA(double a, double b, double v) { double r = 1.0 + a * a; return -2.0 * a / (r * r); }
    },
    CBRT(1, "cbrt") {
        @Override double value(double a, double b) { return Math.cbrt(a); }
        @Override double partialA(double a, double b, double v) { return 1.0 / (3.0 * v * v); }
        @Override double partialAA(double a, double b, double v) { return -2.0 / (9.0 * v * v * v * v * v); }
    },
    CEIL(1, "ceil") {
        @Override double value(double a, double b) { return Math.ceil(a); }
    },
    COS(1, "cos") {
        @Override double value(double a, double b) { return Math.cos(a); }
        @Override double partialA(double a, double b, double v) { return -Math.sin(a); }
        @Override double partialAA(double a, double b, double v) { return -v; }
    },
    COSH(1, "cosh") {
        @Override double value(double a, double b) { return Math.cosh(a); }
        @Override double partialA(double a, double b, double v) { return Math.sinh(a); }
        @Override double partialAA(double a, double b, double v) { return v; }
    },
    EXP(1, "exp") {
        @Override double value(double a, double b) { return Math.exp(a); }
        @Override double partialA(double a, double b, double v) { return v; }
        @Override double partialAA(double a, double b, double v) { return v; }
    },
    FLOOR(1, "floor") {
        @Override double value(double a, double b) { return Math.floor(a); }
    },
    LOG(1, "log") {
        @Override double value(double a, double b) { return Math.log(a); }
        @Override double partialA(double a, double b, double v) { return 1.0 / a; }
        @Override double partialAA(double a, double b, double v) { return -1.0 / (a * a); }
    },
    LOG10(1, "log10") {
        @Override double value(double a, double b) { return Math.log10(a); }
        @Override double partialA(double a, double b, double v) { return 1.0 / (a * LN_10); }
        @Override double partialAA(double a, double b, double v) { return -1.0 / (a * a * LN_10); }
    },
    LOG2(1, "log2") {
        // exp4j computes log2 exactly this way; keep it for identical values.
        @Override double value(double a, double b) { return Math.log(a) / Math.log(2.0); }
        @Override double partialA(double a, double b, double v) { return 1.0 / (a * LN_2); }
        @Override double partialAA(double a, double b, double v) { return -1.0 / (a * a * LN_2); }
    },
    SIN(1, "sin") {
        @Override double value(double a, double b) { return Math.sin(a); }
        @Override double partialA(double a, double b, double v) { return Math.cos(a); }
        @Override double partialAA(double a, double b, double v) { return -v; }
    },
    SINH(1, "sinh") {
        @Override double value(double a, double b) { return Math.sinh(a); }
        @Override double partialA(double a, double b, double v) { return Math.cosh(a); }
        @Override double partialAA(double a, double b, double v) { return v; }
    },
    SQRT(1, "sqrt") {
        @Override double value(double a, double b) { return Math.sqrt(a); }
        @Override double partialA(double a, double b, double v) { return 0.5 / v; }
        @Override double partialAA(double a, double b, double v) { return -0.25 / (v * v * v); }
    },
    TAN(1, "tan") {
        @Override double value(double a, double b) { return Math.tan(a); }
        @Override double partialA(double a, double b, double v) { return 1.0 + v * v; }
        @Override double partialAA(double a, double b, double v) { return 2.0 * v * (1.0 + v * v); }
    },
    TANH(1, "tanh") {
        @Override double value(double a, double b) { return Math.tanh(a); }
        @Override double partialA(double a, double b, double v) { return 1.0 - v * v; }
        @Override double partialAA(double a, double b, double v) { return -2.0 * v * (1.0 - v * v); }
    },
    SIGNUM(1, "signum") {
        // exp4j's definition, not Math.signum: NaN and -0 give 0.
        @Override double value(double a, double b) { return a > 0.0 ? 1.0 : a < 0.0 ? -1.0 : 0.0; }
    };

    private static final double LN_10 = Math.log(10.0);
    private static final double LN_2 = Math.log(2.0);

    /** 0 for leaves, 1 for unary operations (and POW_CONST), 2 for binary ones. */
    final int arity;
    /** The exp4j operator symbol or function name this operation implements, or null. */
    final String symbol;

    Op(int arity, String symbol) {
        this.arity = arity;
        this.symbol = symbol;
    }

    double value(double a, double b) {
        throw new UnsupportedOperationException(name() + " is a leaf");
    }

    /** ∂value/∂a. Piecewise-constant operations (floor, ceil, signum) keep this default of 0. */
    double partialA(double a, double b, double v) {
        return 0.0;
    }

    /** ∂value/∂b, only meaningful for binary operations. */
    double partialB(double a, double b, double v) {
        return 0.0;
    }

    /** ∂²value/∂a². 0 by default: the linear operations and the piecewise-constant ones. */
    double partialAA(double a, double b, double v) {
        return 0.0;
    }

    /** ∂²value/∂a∂b, only meaningful for binary operations. */
    double partialAB(double a, double b, double v) {
        return 0.0;
    }

    /** ∂²value/∂b², only meaningful for binary operations. */
    double partialBB(double a, double b, double v) {
        return 0.0;
    }

    /**
     * The chain rule for one operand: partial · tangent, where a factor that is exactly 0 makes the
     * term 0 even if the other is ±∞ or NaN (the "strong zero" of Enzyme's autodiff). The infinite
     * or undefined factor comes from an intermediate that overflowed (exp(800) in a saturated
     * sigmoid 1/(1+exp(−x)), whose 1/b then has the partial −0) or from a rule that does not apply
     * along this variable (ln of a negative base for an exponent y − y + 2 that does not move);
     * f is finite there and so is its true derivative, which IEEE's 0·∞ = NaN would hide. Where
     * neither factor is 0 the product is untouched, bit for bit.
     */
    static double chain(double partial, double tangent) {
        double product = partial * tangent;
        return product != product && (partial == 0.0 || tangent == 0.0) ? 0.0 : product;
    }

    /** The chain rule for two operands that both depend on the variable. */
    static double chain(double partialA, double tangentA, double partialB, double tangentB) {
        return chain(partialA, tangentA) + chain(partialB, tangentB);
    }

    /**
     * The second-order chain rule for one operand a and two variables s, t (s = t for a diagonal
     * entry): ∂²v/∂s∂t = φ''·a_s·a_t + φ'·a_st, summed from 0.0 as in the binary rule. Every product
     * goes through {@link #chain(double, double)}, so a factor of exactly 0 makes its term 0 as in the
     * first-order rule: the zero second partial of a linear operation, the zero second derivative of a
     * variable. So sqrt(y) at y = 0 has ∂²/∂y² = −∞ (φ''·1·1 + φ'·0 with φ' = ∞), and x² + sqrt(y)
     * there has ∂²f/∂x∂y = 0, as PyTorch's double backward gives, where those terms are not in the
     * graph at all.
     */
    static double chain2(double partial, double second, double tangentS, double tangentT, double tangentST) {
        return 0.0 + term(second, tangentS, tangentT) + chain(partial, tangentST);
    }

    /** One term φ·j_s·k_t of the second-order chain rule (φ a second partial), both products strong-zero. */
    static double term(double second, double tangentS, double tangentT) {
        return chain(chain(second, tangentS), tangentT);
    }

    /**
     * The second-order chain rule for two operands a, b: ∂²v/∂s∂t = φ_aa·a_s·a_t + φ_a·a_st +
     * φ_ab·(a_s·b_t + b_s·a_t) + φ_bb·b_s·b_t + φ_b·b_st, added in this order to 0.0, with the terms
     * of an operand that does not depend on s or t left out (the symbolic zero, see {@link Program});
     * the flags say which operand depends on which variable. The {@link Interpreter} calls this; the
     * compiled code, which knows the flags when it is generated, emits the same sum of the same calls
     * in the same order so that the JIT can inline every call. It may also leave out a term that is
     * ±0 whatever the inputs (a second partial this operation does not define, a variable's second
     * derivative): a sum that starts at +0.0 never becomes −0.0, so adding ±0 to it changes no bit.
     */
    static double chain2(boolean aOnS, boolean aOnT, boolean bOnS, boolean bOnT,
                         double partialA, double partialB, double partialAA, double partialAB, double partialBB,
                         double aS, double aT, double bS, double bT, double aST, double bST) {
        double sum = 0.0;
        if (aOnS && aOnT) {
            sum = sum + term(partialAA, aS, aT) + chain(partialA, aST);
        }
        if (aOnS && bOnT) {
            sum += term(partialAB, aS, bT);
        }
        if (bOnS && aOnT) {
            sum += term(partialAB, bS, aT);
        }
        if (bOnS && bOnT) {
            sum = sum + term(partialBB, bS, bT) + chain(partialB, bST);
        }
        return sum;
    }

    /**
     * Whether this operation defines the named second partial ({@code "partialAA"}, {@code
     * "partialAB"} or {@code "partialBB"}); one it leaves at the default is 0 everywhere, so the
     * compiled code can drop its terms.
     */
    boolean definesSecondPartial(String method) {
        if (getClass() == Op.class) {
            return false;
        }
        try {
            getClass().getDeclaredMethod(method, double.class, double.class, double.class);
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    boolean isFunction() {
        return arity == 1 && symbol != null;
    }

    /** The function called {@code name} in formulas, or null. */
    static Op function(String name) {
        for (Op op : values()) {
            if (op.isFunction() && op.symbol.equals(name)) {
                return op;
            }
        }
        return null;
    }

    /** The binary operation for an exp4j operator symbol, or null. */
    static Op binaryOperator(String symbol) {
        for (Op op : values()) {
            if (op.arity == 2 && op.symbol.equals(symbol)) {
                return op;
            }
        }
        return null;
    }

    private static double truncate(double q) {
        return q < 0.0 ? Math.ceil(q) : Math.floor(q);
    }

    private static double powConstant(double a, double c) {
        if (c == 2.0) {
            return a * a;
        } else if (c == 3.0) {
            return a * a * a;
        } else if (c == 4.0) {
            double square = a * a;
            return square * square;
        } else if (c == 1.0) {
            return a;
        } else if (c == 0.0) {
            return 1.0;
        }
        return Math.pow(a, c);
    }
}
