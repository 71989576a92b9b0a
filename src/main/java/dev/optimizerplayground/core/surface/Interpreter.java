package dev.optimizerplayground.core.surface;

/**
 * Evaluates a {@link Program} instruction by instruction into scratch arrays. It is the fallback
 * for formulas too large to compile and the reference the compiled code is tested against: it makes
 * the same {@link Op} calls in the same order, so both give bit-identical results.
 */
final class Interpreter implements Evaluator, HessianEvaluator {

    private final Program program;
    private final double[] values;
    private final double[] dx;
    private final double[] dy;
    /** Second derivatives, allocated on the first Hessian evaluation: most evaluators never need them. */
    private double[] dxx;
    private double[] dxy;
    private double[] dyy;

    Interpreter(Program program) {
        this.program = program;
        int n = program.size();
        values = new double[n];
        dx = new double[n];
        dy = new double[n];
    }

    @Override
    public double value(double x, double y) {
        Op[] ops = program.ops;
        int[] left = program.left;
        int[] right = program.right;
        double[] constants = program.constants;
        for (int i = 0; i < ops.length; i++) {
            Op op = ops[i];
            switch (op.arity) {
                case 0:
                    values[i] = leafValue(op, constants[i], x, y);
                    break;
                case 1:
                    values[i] = op.value(values[left[i]], constants[i]);
                    break;
                default:
                    values[i] = op.value(values[left[i]], values[right[i]]);
            }
        }
        return values[program.result()];
    }

    @Override
    public double valueAndGradient(double x, double y, double[] gradientOut) {
        Op[] ops = program.ops;
        int[] left = program.left;
        int[] right = program.right;
        double[] constants = program.constants;
        boolean[] onX = program.dependsOnX;
        boolean[] onY = program.dependsOnY;
        for (int i = 0; i < ops.length; i++) {
            Op op = ops[i];
            if (op.arity == 0) {
                values[i] = leafValue(op, constants[i], x, y);
                dx[i] = op == Op.X ? 1.0 : 0.0;
                dy[i] = op == Op.Y ? 1.0 : 0.0;
                continue;
            }
            int a = left[i];
            double va = values[a];
            if (op.arity == 1) {
                double c = constants[i];
                double v = op.value(va, c);
                double partial = op.partialA(va, c, v);
                values[i] = v;
                dx[i] = onX[i] ? Op.chain(partial, dx[a]) : 0.0;
                dy[i] = onY[i] ? Op.chain(partial, dy[a]) : 0.0;
                continue;
            }
            int b = right[i];
            double vb = values[b];
            double v = op.value(va, vb);
            double partialA = op.partialA(va, vb, v);
            double partialB = op.partialB(va, vb, v);
            values[i] = v;
            dx[i] = tangent(onX[a], onX[b], partialA, dx[a], partialB, dx[b]);
            dy[i] = tangent(onY[a], onY[b], partialA, dy[a], partialB, dy[b]);
        }
        int r = program.result();
        gradientOut[0] = dx[r];
        gradientOut[1] = dy[r];
        return values[r];
    }

    @Override
    public double valueGradientAndHessian(double x, double y, double[] gradientOut, double[] hessianOut) {
        if (dxx == null) {
            int n = program.size();
            dxx = new double[n];
            dxy = new double[n];
            dyy = new double[n];
        }
        Op[] ops = program.ops;
        int[] left = program.left;
        int[] right = program.right;
        double[] constants = program.constants;
        boolean[] onX = program.dependsOnX;
        boolean[] onY = program.dependsOnY;
        for (int i = 0; i < ops.length; i++) {
            Op op = ops[i];
            if (op.arity == 0) {
                values[i] = leafValue(op, constants[i], x, y);
                dx[i] = op == Op.X ? 1.0 : 0.0;
                dy[i] = op == Op.Y ? 1.0 : 0.0;
                dxx[i] = 0.0;
                dxy[i] = 0.0;
                dyy[i] = 0.0;
                continue;
            }
            int a = left[i];
            double va = values[a];
            if (op.arity == 1) {
                double c = constants[i];
                double v = op.value(va, c);
                double partial = op.partialA(va, c, v);
                double second = op.partialAA(va, c, v);
                values[i] = v;
                dx[i] = onX[i] ? Op.chain(partial, dx[a]) : 0.0;
                dy[i] = onY[i] ? Op.chain(partial, dy[a]) : 0.0;
                dxx[i] = onX[i] ? Op.chain2(partial, second, dx[a], dx[a], dxx[a]) : 0.0;
                dxy[i] = onX[i] && onY[i] ? Op.chain2(partial, second, dx[a], dy[a], dxy[a]) : 0.0;
                dyy[i] = onY[i] ? Op.chain2(partial, second, dy[a], dy[a], dyy[a]) : 0.0;
                continue;
            }
            int b = right[i];
            double vb = values[b];
            double v = op.value(va, vb);
            double partialA = op.partialA(va, vb, v);
            double partialB = op.partialB(va, vb, v);
            double partialAA = op.partialAA(va, vb, v);
            double partialAB = op.partialAB(va, vb, v);
            double partialBB = op.partialBB(va, vb, v);
            values[i] = v;
            dx[i] = tangent(onX[a], onX[b], partialA, dx[a], partialB, dx[b]);
            dy[i] = tangent(onY[a], onY[b], partialA, dy[a], partialB, dy[b]);
            dxx[i] = Op.chain2(onX[a], onX[a], onX[b], onX[b], partialA, partialB, partialAA, partialAB, partialBB,
                    dx[a], dx[a], dx[b], dx[b], dxx[a], dxx[b]);
            dxy[i] = Op.chain2(onX[a], onY[a], onX[b], onY[b], partialA, partialB, partialAA, partialAB, partialBB,
                    dx[a], dy[a], dx[b], dy[b], dxy[a], dxy[b]);
            dyy[i] = Op.chain2(onY[a], onY[a], onY[b], onY[b], partialA, partialB, partialAA, partialAB, partialBB,
                    dy[a], dy[a], dy[b], dy[b], dyy[a], dyy[b]);
        }
        int r = program.result();
        gradientOut[0] = dx[r];
        gradientOut[1] = dy[r];
        hessianOut[0] = dxx[r];
        hessianOut[1] = dxy[r];
        hessianOut[2] = dyy[r];
        return values[r];
    }

    private static double tangent(boolean aDepends, boolean bDepends, double partialA, double tangentA,
                                  double partialB, double tangentB) {
        if (aDepends && bDepends) {
            return Op.chain(partialA, tangentA, partialB, tangentB);
        } else if (aDepends) {
            return Op.chain(partialA, tangentA);
        } else if (bDepends) {
            return Op.chain(partialB, tangentB);
        }
        return 0.0;
    }

    private static double leafValue(Op op, double constant, double x, double y) {
        return op == Op.X ? x : op == Op.Y ? y : constant;
    }
}
