package dev.optimizerplayground.core.optimizer;

import static java.lang.Math.pow;
import static java.lang.Math.sqrt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The first three steps of every optimizer and variant, worked out from the formulas as explicit
 * expressions. The gradient sequence is fixed, g = 2, −1, 0.5, for parameter 0 (θ₀ = 1) and its
 * mirror −g for parameter 1 (θ₀ = −1), which must end exactly at −θ: parameters are independent.
 */
class OptimizerHandWorkedTest {

    private static final double G1 = 2, G2 = -1, G3 = 0.5;

    private static Optimizer start(OptimizerConfig config) {
        Optimizer optimizer = config.create(2);
        assertEquals(0, optimizer.stepCount());
        assertTrue(Double.isNaN(optimizer.effectiveLearningRate(0)), "no rate before the first step");
        return optimizer;
    }

    /** Steps with gradient (g, −g) and checks θ, the effective rate and named states of parameter 0. */
    private static void step(Optimizer o, double[] theta, double g, double expectedTheta,
            double expectedRate, Object... namesAndStates) {
        o.step(theta, new double[] {g, -g});
        close(expectedTheta, theta[0], "theta");
        assertEquals(-theta[0], theta[1], "parameter 1 mirrors parameter 0");
        close(expectedRate, o.effectiveLearningRate(0), "effective learning rate");
        assertEquals(o.effectiveLearningRate(0), o.effectiveLearningRate(1));
        for (int k = 0; k < namesAndStates.length; k += 2) {
            String name = (String) namesAndStates[k];
            close((Double) namesAndStates[k + 1], o.state(o.stateNames().indexOf(name), 0), name);
        }
    }

    private static void close(double expected, double actual, String what) {
        assertEquals(expected, actual, 1e-15 * Math.abs(expected), what);
    }

    private static double[] theta() {
        return new double[] {1, -1};
    }

    // ---- SGD ----------------------------------------------------------------------------------

    @Test
    void sgdPlain() {
        Optimizer o = start(OptimizerConfig.defaults(OptimizerKind.SGD, Convention.PYTORCH).withLearningRate(0.1));
        assertEquals(java.util.List.of(), o.stateNames());
        double[] th = theta();
        double t1 = 1 - 0.1 * G1, t2 = t1 - 0.1 * G2, t3 = t2 - 0.1 * G3;
        step(o, th, G1, t1, 0.1);
        step(o, th, G2, t2, 0.1);
        step(o, th, G3, t3, 0.1);
        assertEquals(3, o.stepCount());
    }

    @Test
    void sgdMomentum() {
        Optimizer o = start(OptimizerConfig.defaults(OptimizerKind.SGD, Convention.PYTORCH)
                .withLearningRate(0.1).withMomentum(0.9));
        assertEquals(java.util.List.of("momentum_buffer"), o.stateNames());
        double b1 = G1, b2 = 0.9 * b1 + G2, b3 = 0.9 * b2 + G3;
        double t1 = 1 - 0.1 * b1, t2 = t1 - 0.1 * b2, t3 = t2 - 0.1 * b3;
        double[] th = theta();
        step(o, th, G1, t1, 0.1, "momentum_buffer", b1);
        step(o, th, G2, t2, 0.1, "momentum_buffer", b2);
        step(o, th, G3, t3, 0.1, "momentum_buffer", b3);
    }

    @Test
    void sgdNesterov() {
        Optimizer o = start(OptimizerConfig.defaults(OptimizerKind.SGD, Convention.KERAS)
                .withLearningRate(0.1).withMomentum(0.9).withNesterov(true));
        double b1 = G1, b2 = 0.9 * b1 + G2, b3 = 0.9 * b2 + G3;
        double t1 = 1 - 0.1 * (G1 + 0.9 * b1), t2 = t1 - 0.1 * (G2 + 0.9 * b2), t3 = t2 - 0.1 * (G3 + 0.9 * b3);
        double[] th = theta();
        step(o, th, G1, t1, 0.1, "momentum_buffer", b1);
        step(o, th, G2, t2, 0.1, "momentum_buffer", b2);
        step(o, th, G3, t3, 0.1, "momentum_buffer", b3);
    }

    @Test
    void sgdKerasVelocityFormTakesTheSameSteps() {
        // Keras 3: v = μ·v − η·g; θ += v (Nesterov θ += μ·v − η·g). Same steps as PyTorch's buffer form.
        double v1 = -0.1 * G1, v2 = 0.9 * v1 - 0.1 * G2, v3 = 0.9 * v2 - 0.1 * G3;
        double[] plain = theta();
        double[] nesterov = theta();
        Optimizer p = OptimizerConfig.defaults(OptimizerKind.SGD, Convention.KERAS)
                .withLearningRate(0.1).withMomentum(0.9).create(2);
        Optimizer n = p.config().withNesterov(true).create(2);
        double[] g = {G1, G2, G3};
        double[] v = {v1, v2, v3};
        double keras = 1, kerasNesterov = 1;
        for (int t = 0; t < 3; t++) {
            p.step(plain, new double[] {g[t], -g[t]});
            n.step(nesterov, new double[] {g[t], -g[t]});
            keras += v[t];
            kerasNesterov += 0.9 * v[t] - 0.1 * g[t];
            assertEquals(keras, plain[0], 1e-15);
            assertEquals(kerasNesterov, nesterov[0], 1e-15);
        }
    }

    // ---- Adagrad ------------------------------------------------------------------------------

    @Test
    void adagradPytorchEpsilonOutside() {
        Optimizer o = start(OptimizerConfig.defaults(OptimizerKind.ADAGRAD, Convention.PYTORCH));
        assertEquals(java.util.List.of("sum"), o.stateNames());
        double s1 = G1 * G1, s2 = s1 + G2 * G2, s3 = s2 + G3 * G3;
        double r1 = 0.01 / (sqrt(s1) + 1e-10), r2 = 0.01 / (sqrt(s2) + 1e-10), r3 = 0.01 / (sqrt(s3) + 1e-10);
        double t1 = 1 - r1 * G1, t2 = t1 - r2 * G2, t3 = t2 - r3 * G3;
        double[] th = theta();
        step(o, th, G1, t1, r1, "sum", s1);
        step(o, th, G2, t2, r2, "sum", s2);
        step(o, th, G3, t3, r3, "sum", s3);
    }

    @Test
    void adagradKerasEpsilonInsideWithInitialAccumulator() {
        Optimizer o = start(OptimizerConfig.defaults(OptimizerKind.ADAGRAD, Convention.KERAS));
        double s1 = 0.1 + G1 * G1, s2 = s1 + G2 * G2, s3 = s2 + G3 * G3;
        double r1 = 0.001 / sqrt(s1 + 1e-7), r2 = 0.001 / sqrt(s2 + 1e-7), r3 = 0.001 / sqrt(s3 + 1e-7);
        double t1 = 1 - r1 * G1, t2 = t1 - r2 * G2, t3 = t2 - r3 * G3;
        double[] th = theta();
        step(o, th, G1, t1, r1, "sum", s1);
        step(o, th, G2, t2, r2, "sum", s2);
        step(o, th, G3, t3, r3, "sum", s3);
    }

    @Test
    void adagradPytorchWithInitialAccumulator() {
        Optimizer o = start(OptimizerConfig.defaults(OptimizerKind.ADAGRAD, Convention.PYTORCH)
                .withInitialAccumulator(0.5).withLearningRate(0.1));
        assertEquals(0.5, o.state(0, 1), "the accumulator starts at its initial value");
        double s1 = 0.5 + G1 * G1, s2 = s1 + G2 * G2, s3 = s2 + G3 * G3;
        double r1 = 0.1 / (sqrt(s1) + 1e-10), r2 = 0.1 / (sqrt(s2) + 1e-10), r3 = 0.1 / (sqrt(s3) + 1e-10);
        double t1 = 1 - r1 * G1, t2 = t1 - r2 * G2, t3 = t2 - r3 * G3;
        double[] th = theta();
        step(o, th, G1, t1, r1, "sum", s1);
        step(o, th, G2, t2, r2, "sum", s2);
        step(o, th, G3, t3, r3, "sum", s3);
    }

    // ---- RMSProp ------------------------------------------------------------------------------

    @Test
    void rmspropTextbookEpsilonInside() {
        Optimizer o = start(OptimizerConfig.defaults(OptimizerKind.RMSPROP, Convention.TEXTBOOK));
        assertEquals(java.util.List.of("square_avg"), o.stateNames());
        double v1 = 0.1 * G1 * G1, v2 = 0.9 * v1 + 0.1 * G2 * G2, v3 = 0.9 * v2 + 0.1 * G3 * G3;
        double r1 = 0.001 / sqrt(v1 + 1e-8), r2 = 0.001 / sqrt(v2 + 1e-8), r3 = 0.001 / sqrt(v3 + 1e-8);
        double t1 = 1 - r1 * G1, t2 = t1 - r2 * G2, t3 = t2 - r3 * G3;
        double[] th = theta();
        step(o, th, G1, t1, r1, "square_avg", v1);
        step(o, th, G2, t2, r2, "square_avg", v2);
        step(o, th, G3, t3, r3, "square_avg", v3);
    }

    @Test
    void rmspropPytorchEpsilonOutside() {
        Optimizer o = start(OptimizerConfig.defaults(OptimizerKind.RMSPROP, Convention.PYTORCH));
        double v1 = 0.01 * G1 * G1, v2 = 0.99 * v1 + 0.01 * G2 * G2, v3 = 0.99 * v2 + 0.01 * G3 * G3;
        double r1 = 0.01 / (sqrt(v1) + 1e-8), r2 = 0.01 / (sqrt(v2) + 1e-8), r3 = 0.01 / (sqrt(v3) + 1e-8);
        double t1 = 1 - r1 * G1, t2 = t1 - r2 * G2, t3 = t2 - r3 * G3;
        double[] th = theta();
        step(o, th, G1, t1, r1, "square_avg", v1);
        step(o, th, G2, t2, r2, "square_avg", v2);
        step(o, th, G3, t3, r3, "square_avg", v3);
    }

    @Test
    void rmspropCentered() {
        Optimizer o = start(OptimizerConfig.defaults(OptimizerKind.RMSPROP, Convention.PYTORCH).withCentered(true));
        assertEquals(java.util.List.of("square_avg", "grad_avg"), o.stateNames());
        double v1 = 0.01 * G1 * G1, v2 = 0.99 * v1 + 0.01 * G2 * G2, v3 = 0.99 * v2 + 0.01 * G3 * G3;
        double a1 = 0.01 * G1, a2 = 0.99 * a1 + 0.01 * G2, a3 = 0.99 * a2 + 0.01 * G3;
        double r1 = 0.01 / (sqrt(v1 - a1 * a1) + 1e-8), r2 = 0.01 / (sqrt(v2 - a2 * a2) + 1e-8),
                r3 = 0.01 / (sqrt(v3 - a3 * a3) + 1e-8);
        double t1 = 1 - r1 * G1, t2 = t1 - r2 * G2, t3 = t2 - r3 * G3;
        double[] th = theta();
        step(o, th, G1, t1, r1, "square_avg", v1, "grad_avg", a1);
        step(o, th, G2, t2, r2, "square_avg", v2, "grad_avg", a2);
        step(o, th, G3, t3, r3, "square_avg", v3, "grad_avg", a3);
    }

    @Test
    void rmspropKerasCenteredEpsilonInside() {
        Optimizer o = start(OptimizerConfig.defaults(OptimizerKind.RMSPROP, Convention.KERAS).withCentered(true));
        double v1 = 0.1 * G1 * G1, v2 = 0.9 * v1 + 0.1 * G2 * G2;
        double a1 = 0.1 * G1, a2 = 0.9 * a1 + 0.1 * G2;
        double r1 = 0.001 / sqrt(v1 - a1 * a1 + 1e-7), r2 = 0.001 / sqrt(v2 - a2 * a2 + 1e-7);
        double t1 = 1 - r1 * G1, t2 = t1 - r2 * G2;
        double[] th = theta();
        step(o, th, G1, t1, r1, "square_avg", v1, "grad_avg", a1);
        step(o, th, G2, t2, r2, "square_avg", v2, "grad_avg", a2);
    }

    @Test
    void rmspropMomentum() {
        Optimizer o = start(OptimizerConfig.defaults(OptimizerKind.RMSPROP, Convention.PYTORCH).withMomentum(0.9));
        assertEquals(java.util.List.of("square_avg", "momentum_buffer"), o.stateNames());
        double v1 = 0.01 * G1 * G1, v2 = 0.99 * v1 + 0.01 * G2 * G2, v3 = 0.99 * v2 + 0.01 * G3 * G3;
        double d1 = sqrt(v1) + 1e-8, d2 = sqrt(v2) + 1e-8, d3 = sqrt(v3) + 1e-8;
        double b1 = G1 / d1, b2 = 0.9 * b1 + G2 / d2, b3 = 0.9 * b2 + G3 / d3;
        double t1 = 1 - 0.01 * b1, t2 = t1 - 0.01 * b2, t3 = t2 - 0.01 * b3;
        double[] th = theta();
        step(o, th, G1, t1, 0.01 / d1, "square_avg", v1, "momentum_buffer", b1);
        step(o, th, G2, t2, 0.01 / d2, "square_avg", v2, "momentum_buffer", b2);
        step(o, th, G3, t3, 0.01 / d3, "square_avg", v3, "momentum_buffer", b3);
    }

    @Test
    void rmspropBiasCorrection() {
        Optimizer o = start(OptimizerConfig.defaults(OptimizerKind.RMSPROP, Convention.TEXTBOOK).withBiasCorrection(true));
        double v1 = 0.1 * G1 * G1, v2 = 0.9 * v1 + 0.1 * G2 * G2, v3 = 0.9 * v2 + 0.1 * G3 * G3;
        double r1 = 0.001 / sqrt(v1 / (1 - 0.9) + 1e-8), r2 = 0.001 / sqrt(v2 / (1 - 0.9 * 0.9) + 1e-8),
                r3 = 0.001 / sqrt(v3 / (1 - 0.9 * 0.9 * 0.9) + 1e-8);
        double t1 = 1 - r1 * G1, t2 = t1 - r2 * G2, t3 = t2 - r3 * G3;
        double[] th = theta();
        step(o, th, G1, t1, r1, "square_avg", v1);
        step(o, th, G2, t2, r2, "square_avg", v2);
        step(o, th, G3, t3, r3, "square_avg", v3);
        assertEquals(sqrt(G1 * G1 + 1e-8), 0.001 / r1, 1e-15, "the first step is not shrunk by v₀ = 0");
    }

    @Test
    void rmspropCenteredWithBiasCorrectionCorrectsOnlyTheSquareAverage() {
        Optimizer o = start(OptimizerConfig.defaults(OptimizerKind.RMSPROP, Convention.TEXTBOOK)
                .withCentered(true).withBiasCorrection(true));
        double v1 = 0.1 * G1 * G1, a1 = 0.1 * G1;
        double r1 = 0.001 / sqrt(v1 / (1 - 0.9) - a1 * a1 + 1e-8);
        step(o, theta(), G1, 1 - r1 * G1, r1, "square_avg", v1, "grad_avg", a1);
    }

    // ---- Adam ---------------------------------------------------------------------------------

    @Test
    void adamPytorch() {
        Optimizer o = start(OptimizerConfig.defaults(OptimizerKind.ADAM, Convention.PYTORCH));
        assertEquals(java.util.List.of("exp_avg", "exp_avg_sq"), o.stateNames());
        double m1 = 0.1 * G1, m2 = 0.9 * m1 + 0.1 * G2, m3 = 0.9 * m2 + 0.1 * G3;
        double v1 = 0.001 * G1 * G1, v2 = 0.999 * v1 + 0.001 * G2 * G2, v3 = 0.999 * v2 + 0.001 * G3 * G3;
        double r1 = 0.001 / (sqrt(v1 / (1 - 0.999)) + 1e-8);
        double r2 = 0.001 / (sqrt(v2 / (1 - pow(0.999, 2))) + 1e-8);
        double r3 = 0.001 / (sqrt(v3 / (1 - pow(0.999, 3))) + 1e-8);
        double t1 = 1 - r1 * m1 / (1 - 0.9), t2 = t1 - r2 * m2 / (1 - pow(0.9, 2)), t3 = t2 - r3 * m3 / (1 - pow(0.9, 3));
        double[] th = theta();
        step(o, th, G1, t1, r1, "exp_avg", m1, "exp_avg_sq", v1);
        step(o, th, G2, t2, r2, "exp_avg", m2, "exp_avg_sq", v2);
        step(o, th, G3, t3, r3, "exp_avg", m3, "exp_avg_sq", v3);
        assertEquals(1 - 0.001, t1, 1e-11, "Adam's first step is η·sign(g), up to ε");
    }

    @Test
    void adamAmsgradPytorch() {
        // β2 = 0.5 makes v fall after the first step, so the running maximum matters.
        Optimizer o = start(OptimizerConfig.defaults(OptimizerKind.ADAM, Convention.PYTORCH)
                .withBeta2(0.5).withAmsgrad(true).withLearningRate(0.1));
        assertEquals(java.util.List.of("exp_avg", "exp_avg_sq", "max_exp_avg_sq"), o.stateNames());
        double m1 = 0.1 * G1, m2 = 0.9 * m1 + 0.1 * G2, m3 = 0.9 * m2 + 0.1 * G3;
        double v1 = 0.5 * G1 * G1, v2 = 0.5 * v1 + 0.5 * G2 * G2, v3 = 0.5 * v2 + 0.5 * G3 * G3;
        double x1 = v1, x2 = Math.max(x1, v2), x3 = Math.max(x2, v3);
        assertEquals(v1, x3, "v fell: 2, 1.5, 0.875");
        double r1 = 0.1 / (sqrt(x1 / (1 - 0.5)) + 1e-8);
        double r2 = 0.1 / (sqrt(x2 / (1 - pow(0.5, 2))) + 1e-8);
        double r3 = 0.1 / (sqrt(x3 / (1 - pow(0.5, 3))) + 1e-8);
        double t1 = 1 - r1 * m1 / (1 - 0.9), t2 = t1 - r2 * m2 / (1 - pow(0.9, 2)), t3 = t2 - r3 * m3 / (1 - pow(0.9, 3));
        double[] th = theta();
        step(o, th, G1, t1, r1, "exp_avg", m1, "exp_avg_sq", v1, "max_exp_avg_sq", x1);
        step(o, th, G2, t2, r2, "exp_avg", m2, "exp_avg_sq", v2, "max_exp_avg_sq", x2);
        step(o, th, G3, t3, r3, "exp_avg", m3, "exp_avg_sq", v3, "max_exp_avg_sq", x3);
    }

    @Test
    void adamKerasEpsilonHat() {
        Optimizer o = start(OptimizerConfig.defaults(OptimizerKind.ADAM, Convention.KERAS));
        double m1 = 0.1 * G1, m2 = 0.9 * m1 + 0.1 * G2, m3 = 0.9 * m2 + 0.1 * G3;
        double v1 = 0.001 * G1 * G1, v2 = 0.999 * v1 + 0.001 * G2 * G2, v3 = 0.999 * v2 + 0.001 * G3 * G3;
        double a1 = 0.001 * sqrt(1 - 0.999) / (1 - 0.9);
        double a2 = 0.001 * sqrt(1 - pow(0.999, 2)) / (1 - pow(0.9, 2));
        double a3 = 0.001 * sqrt(1 - pow(0.999, 3)) / (1 - pow(0.9, 3));
        double t1 = 1 - a1 / (sqrt(v1) + 1e-7) * m1;
        double t2 = t1 - a2 / (sqrt(v2) + 1e-7) * m2;
        double t3 = t2 - a3 / (sqrt(v3) + 1e-7) * m3;
        // The effective rate is the factor on m̂ = m/(1 − β1ᵗ), as for PyTorch: η·√(1 − β2ᵗ)/(√v + ε̂).
        double r1 = 0.001 * sqrt(1 - 0.999) / (sqrt(v1) + 1e-7);
        double r2 = 0.001 * sqrt(1 - pow(0.999, 2)) / (sqrt(v2) + 1e-7);
        double r3 = 0.001 * sqrt(1 - pow(0.999, 3)) / (sqrt(v3) + 1e-7);
        assertEquals(t1, 1 - r1 * m1 / (1 - 0.9), 1e-15, "the rate times m̂ is the step");
        double[] th = theta();
        step(o, th, G1, t1, r1, "exp_avg", m1, "exp_avg_sq", v1);
        step(o, th, G2, t2, r2, "exp_avg", m2, "exp_avg_sq", v2);
        step(o, th, G3, t3, r3, "exp_avg", m3, "exp_avg_sq", v3);
    }

    @Test
    void adamKerasAmsgrad() {
        Optimizer o = start(OptimizerConfig.defaults(OptimizerKind.ADAM, Convention.KERAS)
                .withBeta2(0.5).withAmsgrad(true));
        double m1 = 0.1 * G1, m2 = 0.9 * m1 + 0.1 * G2;
        double v1 = 0.5 * G1 * G1, v2 = 0.5 * v1 + 0.5 * G2 * G2;
        double x2 = Math.max(v1, v2);
        double a1 = 0.001 * sqrt(1 - 0.5) / (1 - 0.9), a2 = 0.001 * sqrt(1 - 0.25) / (1 - 0.81);
        double t1 = 1 - a1 / (sqrt(v1) + 1e-7) * m1, t2 = t1 - a2 / (sqrt(x2) + 1e-7) * m2;
        double r1 = 0.001 * sqrt(1 - 0.5) / (sqrt(v1) + 1e-7), r2 = 0.001 * sqrt(1 - 0.25) / (sqrt(x2) + 1e-7);
        double[] th = theta();
        step(o, th, G1, t1, r1, "max_exp_avg_sq", v1);
        step(o, th, G2, t2, r2, "exp_avg_sq", v2, "max_exp_avg_sq", x2);
    }

    @Test
    void adamEffectiveRateMeansTheSameInPyTorchAndKerasForms() {
        // With ε negligible the two forms take the same steps, so one meaning of η_eff must give one number.
        OptimizerConfig pytorch = OptimizerConfig.defaults(OptimizerKind.ADAM, Convention.PYTORCH).withEpsilon(1e-300);
        Optimizer a = start(pytorch);
        Optimizer b = start(pytorch.withEpsilonHat(true));
        double[] ta = theta();
        double[] tb = theta();
        for (double g : new double[] {G1, G2, G3}) {
            a.step(ta, new double[] {g, -g});
            b.step(tb, new double[] {g, -g});
            assertEquals(ta[0], tb[0], 1e-14 * Math.abs(ta[0]), "theta");
            assertEquals(a.effectiveLearningRate(0), b.effectiveLearningRate(0),
                    1e-14 * a.effectiveLearningRate(0), "effective learning rate");
        }
    }

    // ---- Nadam --------------------------------------------------------------------------------

    private static double mu(double psi, int t) {
        return 0.9 * (1 - 0.5 * pow(0.96, psi * t));
    }

    /** The three steps of Nadam with schedule ψ, written out; epsilonHat selects the ε-hat form. */
    private static void nadamSteps(Optimizer o, double lr, double psi, double eps, boolean epsilonHat) {
        double mu1 = mu(psi, 1), mu2 = mu(psi, 2), mu3 = mu(psi, 3), mu4 = mu(psi, 4);
        double p1 = mu1, p2 = p1 * mu2, p3 = p2 * mu3;
        double m1 = 0.1 * G1, m2 = 0.9 * m1 + 0.1 * G2, m3 = 0.9 * m2 + 0.1 * G3;
        double v1 = 0.001 * G1 * G1, v2 = 0.999 * v1 + 0.001 * G2 * G2, v3 = 0.999 * v2 + 0.001 * G3 * G3;
        double n1 = (1 - mu1) / (1 - p1) * G1 + mu2 / (1 - p1 * mu2) * m1;
        double n2 = (1 - mu2) / (1 - p2) * G2 + mu3 / (1 - p2 * mu3) * m2;
        double n3 = (1 - mu3) / (1 - p3) * G3 + mu4 / (1 - p3 * mu4) * m3;
        double r1, r2, r3;
        if (epsilonHat) {
            r1 = lr * sqrt(1 - 0.999) / (sqrt(v1) + eps);
            r2 = lr * sqrt(1 - pow(0.999, 2)) / (sqrt(v2) + eps);
            r3 = lr * sqrt(1 - pow(0.999, 3)) / (sqrt(v3) + eps);
        } else {
            r1 = lr / (sqrt(v1 / (1 - 0.999)) + eps);
            r2 = lr / (sqrt(v2 / (1 - pow(0.999, 2))) + eps);
            r3 = lr / (sqrt(v3 / (1 - pow(0.999, 3))) + eps);
        }
        double t1 = 1 - r1 * n1, t2 = t1 - r2 * n2, t3 = t2 - r3 * n3;
        double[] th = theta();
        step(o, th, G1, t1, r1, "exp_avg", m1, "exp_avg_sq", v1, "mu_product", p1);
        step(o, th, G2, t2, r2, "exp_avg", m2, "exp_avg_sq", v2, "mu_product", p2);
        step(o, th, G3, t3, r3, "exp_avg", m3, "exp_avg_sq", v3, "mu_product", p3);
    }

    @Test
    void nadamPytorchSchedule() {
        Optimizer o = start(OptimizerConfig.defaults(OptimizerKind.NADAM, Convention.PYTORCH));
        assertEquals(java.util.List.of("exp_avg", "exp_avg_sq", "mu_product"), o.stateNames());
        assertTrue(o.isScalarState(2), "mu_product is one number for all parameters");
        assertEquals(1.0, o.state(2, 0), "PyTorch starts mu_product at 1");
        nadamSteps(o, 0.002, 0.004, 1e-8, false);
    }

    @Test
    void nadamKerasSchedule() {
        nadamSteps(start(OptimizerConfig.defaults(OptimizerKind.NADAM, Convention.KERAS)), 0.001, 1, 1e-7, false);
    }

    @Test
    void nadamEpsilonHat() {
        nadamSteps(start(OptimizerConfig.defaults(OptimizerKind.NADAM, Convention.KERAS).withEpsilonHat(true)),
                0.001, 1, 1e-7, true);
    }

    // ---- AdaDelta -----------------------------------------------------------------------------

    private static void adaDeltaSteps(Optimizer o, double lr, double rho, double eps) {
        double s1 = (1 - rho) * G1 * G1, s2 = rho * s1 + (1 - rho) * G2 * G2, s3 = rho * s2 + (1 - rho) * G3 * G3;
        double q1 = sqrt(0 + eps) / sqrt(s1 + eps), d1 = q1 * G1, e1 = (1 - rho) * d1 * d1;
        double q2 = sqrt(e1 + eps) / sqrt(s2 + eps), d2 = q2 * G2, e2 = rho * e1 + (1 - rho) * d2 * d2;
        double q3 = sqrt(e2 + eps) / sqrt(s3 + eps), d3 = q3 * G3, e3 = rho * e2 + (1 - rho) * d3 * d3;
        double t1 = 1 - lr * d1, t2 = t1 - lr * d2, t3 = t2 - lr * d3;
        double[] th = theta();
        step(o, th, G1, t1, lr * q1, "square_avg", s1, "acc_delta", e1);
        step(o, th, G2, t2, lr * q2, "square_avg", s2, "acc_delta", e2);
        step(o, th, G3, t3, lr * q3, "square_avg", s3, "acc_delta", e3);
    }

    @Test
    void adaDeltaPytorch() {
        Optimizer o = start(OptimizerConfig.defaults(OptimizerKind.ADADELTA, Convention.PYTORCH));
        assertEquals(java.util.List.of("square_avg", "acc_delta"), o.stateNames());
        adaDeltaSteps(o, 1.0, 0.9, 1e-6);
    }

    @Test
    void adaDeltaKeras() {
        adaDeltaSteps(start(OptimizerConfig.defaults(OptimizerKind.ADADELTA, Convention.KERAS)), 0.001, 0.95, 1e-7);
    }
}
