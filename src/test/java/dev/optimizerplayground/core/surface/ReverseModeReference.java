package dev.optimizerplayground.core.surface;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import net.objecthunter.exp4j.shuntingyard.ShuntingYard;
import net.objecthunter.exp4j.tokenizer.FunctionToken;
import net.objecthunter.exp4j.tokenizer.NumberToken;
import net.objecthunter.exp4j.tokenizer.OperatorToken;
import net.objecthunter.exp4j.tokenizer.Token;
import net.objecthunter.exp4j.tokenizer.VariableToken;

/**
 * A test-only, independent gradient: reverse-mode differentiation over exp4j's own reverse-Polish
 * tokens, values from exp4j's own operators and functions, local derivatives written out here
 * again (differently where possible, e.g. tan' = 1/cos²), a tape and a backward sweep. It shares
 * nothing with {@link Op}, {@link Program} or the compilers. Only for differentiable points.
 *
 * <p>{@link #hessian} goes to second order by forward-over-reverse: the same tape is recorded with
 * dual numbers (value and directional derivative along a seed direction), and the backward sweep
 * runs on dual adjoints, so the derivative parts of the variables' adjoints are the Hessian times
 * the seed. The second local derivatives are written out here once more, again independently.
 */
final class ReverseModeReference {

    private record Node(double value, int[] parents, double[] locals) {
    }

    private ReverseModeReference() {
    }

    /** Returns {f, ∂f/∂x, ∂f/∂y}. */
    static double[] gradient(String formula, double x, double y) {
        Token[] rpn = ShuntingYard.convertToRPN(formula, Collections.emptyMap(), Collections.emptyMap(),
                Set.of("x", "y", "pi", "e"), true);
        List<Node> tape = new ArrayList<>();
        List<Integer> xNodes = new ArrayList<>();
        List<Integer> yNodes = new ArrayList<>();
        int[] stack = new int[rpn.length];
        int depth = 0;
        for (Token token : rpn) {
            if (token instanceof NumberToken) {
                stack[depth++] = push(tape, ((NumberToken) token).getValue());
            } else if (token instanceof VariableToken) {
                String name = ((VariableToken) token).getName();
                double v = name.equals("x") ? x : name.equals("y") ? y : name.equals("pi") ? Math.PI : Math.E;
                stack[depth++] = push(tape, v);
                if (name.equals("x")) {
                    xNodes.add(stack[depth - 1]);
                } else if (name.equals("y")) {
                    yNodes.add(stack[depth - 1]);
                }
            } else if (token instanceof FunctionToken) {
                var f = ((FunctionToken) token).getFunction();
                int a = stack[depth - 1];
                double u = tape.get(a).value;
                double v = f.apply(u);
                stack[depth - 1] = push(tape, v, new int[] {a}, new double[] {localDerivative(f.getName(), u)});
            } else {
                var op = ((OperatorToken) token).getOperator();
                if (op.getNumOperands() == 1) {
                    int a = stack[depth - 1];
                    double u = tape.get(a).value;
                    double sign = op.getSymbol().equals("-") ? -1 : 1;
                    stack[depth - 1] = push(tape, op.apply(u), new int[] {a}, new double[] {sign});
                } else {
                    int b = stack[--depth];
                    int a = stack[depth - 1];
                    double u = tape.get(a).value;
                    double w = tape.get(b).value;
                    double v = op.apply(u, w);
                    double[] locals;
                    switch (op.getSymbol()) {
                        case "+": locals = new double[] {1, 1}; break;
                        case "-": locals = new double[] {1, -1}; break;
                        case "*": locals = new double[] {w, u}; break;
                        case "/": locals = new double[] {1 / w, -u / (w * w)}; break;
                        case "^": locals = new double[] {w * Math.pow(u, w - 1), u > 0 ? v * Math.log(u) : 0}; break;
                        case "%": locals = new double[] {1, -(long) (u / w)}; break;
                        default: throw new IllegalArgumentException(op.getSymbol());
                    }
                    stack[depth - 1] = push(tape, v, new int[] {a, b}, locals);
                }
            }
        }
        // Backward sweep: adjoints flow from the result to the variables' nodes.
        double[] adjoint = new double[tape.size()];
        adjoint[tape.size() - 1] = 1;
        for (int i = tape.size() - 1; i >= 0; i--) {
            Node node = tape.get(i);
            for (int k = 0; k < node.parents.length; k++) {
                adjoint[node.parents[k]] += adjoint[i] * node.locals[k];
            }
        }
        double dx = 0;
        double dy = 0;
        for (int i : xNodes) {
            dx += adjoint[i];
        }
        for (int i : yNodes) {
            dy += adjoint[i];
        }
        return new double[] {tape.get(tape.size() - 1).value, dx, dy};
    }

    /** A dual-number tape node: the value, its derivative along the seed, and the local derivatives and theirs. */
    private record DualNode(double value, double dot, int[] parents, double[] locals, double[] localDots) {
    }

    /** Returns {f, ∂f/∂x, ∂f/∂y, ∂²f/∂x², ∂²f/∂x∂y, ∂²f/∂y²}. */
    static double[] hessian(String formula, double x, double y) {
        double[] alongX = hessianTimes(formula, x, y, 1, 0);
        double[] alongY = hessianTimes(formula, x, y, 0, 1);
        // alongX = {f, fx, fy, Hxx, Hyx}, alongY = {f, fx, fy, Hxy, Hyy}
        return new double[] {alongX[0], alongX[1], alongX[2], alongX[3], alongY[3], alongY[4]};
    }

    /** {f, ∂f/∂x, ∂f/∂y, (H·s)_x, (H·s)_y} for the seed direction s = (sx, sy). */
    private static double[] hessianTimes(String formula, double x, double y, double sx, double sy) {
        Token[] rpn = ShuntingYard.convertToRPN(formula, Collections.emptyMap(), Collections.emptyMap(),
                Set.of("x", "y", "pi", "e"), true);
        List<DualNode> tape = new ArrayList<>();
        List<Integer> xNodes = new ArrayList<>();
        List<Integer> yNodes = new ArrayList<>();
        int[] stack = new int[rpn.length];
        int depth = 0;
        for (Token token : rpn) {
            if (token instanceof NumberToken) {
                stack[depth++] = push(tape, ((NumberToken) token).getValue(), 0);
            } else if (token instanceof VariableToken) {
                String name = ((VariableToken) token).getName();
                double v = name.equals("x") ? x : name.equals("y") ? y : name.equals("pi") ? Math.PI : Math.E;
                double dot = name.equals("x") ? sx : name.equals("y") ? sy : 0;
                stack[depth++] = push(tape, v, dot);
                if (name.equals("x")) {
                    xNodes.add(stack[depth - 1]);
                } else if (name.equals("y")) {
                    yNodes.add(stack[depth - 1]);
                }
            } else if (token instanceof FunctionToken) {
                var f = ((FunctionToken) token).getFunction();
                int a = stack[depth - 1];
                DualNode u = tape.get(a);
                double first = localDerivative(f.getName(), u.value);
                double second = localSecondDerivative(f.getName(), u.value);
                stack[depth - 1] = push(tape, new DualNode(f.apply(u.value), first * u.dot, new int[] {a},
                        new double[] {first}, new double[] {second * u.dot}));
            } else {
                var op = ((OperatorToken) token).getOperator();
                if (op.getNumOperands() == 1) {
                    int a = stack[depth - 1];
                    DualNode u = tape.get(a);
                    double sign = op.getSymbol().equals("-") ? -1 : 1;
                    stack[depth - 1] = push(tape, new DualNode(op.apply(u.value), sign * u.dot, new int[] {a},
                            new double[] {sign}, new double[] {0}));
                } else {
                    int b = stack[--depth];
                    int a = stack[depth - 1];
                    DualNode left = tape.get(a);
                    DualNode right = tape.get(b);
                    double u = left.value;
                    double w = right.value;
                    double v = op.apply(u, w);
                    // {∂a, ∂b, ∂aa, ∂ab, ∂bb}
                    double[] d;
                    switch (op.getSymbol()) {
                        case "+": d = new double[] {1, 1, 0, 0, 0}; break;
                        case "-": d = new double[] {1, -1, 0, 0, 0}; break;
                        case "*": d = new double[] {w, u, 0, 1, 0}; break;
                        case "/": d = new double[] {1 / w, -u / (w * w), 0, -1 / (w * w), 2 * u / (w * w * w)}; break;
                        case "^": {
                            double ln = u > 0 ? Math.log(u) : 0;
                            d = new double[] {w * Math.pow(u, w - 1), v * ln, w * (w - 1) * Math.pow(u, w - 2),
                                Math.pow(u, w - 1) + w * Math.pow(u, w - 1) * ln, v * ln * ln};
                            break;
                        }
                        case "%": d = new double[] {1, -(long) (u / w), 0, 0, 0}; break;
                        default: throw new IllegalArgumentException(op.getSymbol());
                    }
                    double dot = d[0] * left.dot + d[1] * right.dot;
                    double[] localDots = {d[2] * left.dot + d[3] * right.dot, d[3] * left.dot + d[4] * right.dot};
                    stack[depth - 1] = push(tape, new DualNode(v, dot, new int[] {a, b}, new double[] {d[0], d[1]},
                            localDots));
                }
            }
        }
        // Backward sweep on dual adjoints (adjoint, its derivative along the seed).
        int n = tape.size();
        double[] adjoint = new double[n];
        double[] adjointDot = new double[n];
        adjoint[n - 1] = 1;
        for (int i = n - 1; i >= 0; i--) {
            DualNode node = tape.get(i);
            for (int k = 0; k < node.parents.length; k++) {
                int p = node.parents[k];
                adjoint[p] += adjoint[i] * node.locals[k];
                adjointDot[p] += adjointDot[i] * node.locals[k] + adjoint[i] * node.localDots[k];
            }
        }
        double[] result = {tape.get(n - 1).value, 0, 0, 0, 0};
        for (int i : xNodes) {
            result[1] += adjoint[i];
            result[3] += adjointDot[i];
        }
        for (int i : yNodes) {
            result[2] += adjoint[i];
            result[4] += adjointDot[i];
        }
        return result;
    }

    private static int push(List<DualNode> tape, double value, double dot) {
        return push(tape, new DualNode(value, dot, new int[0], new double[0], new double[0]));
    }

    private static int push(List<DualNode> tape, DualNode node) {
        tape.add(node);
        return tape.size() - 1;
    }

    private static double localSecondDerivative(String function, double u) {
        switch (function) {
            case "sin": return -Math.sin(u);
            case "cos": return -Math.cos(u);
            case "tan": return 2 * Math.sin(u) / Math.pow(Math.cos(u), 3);
            case "asin": return u / Math.pow(1 - u * u, 1.5);
            case "acos": return -u / Math.pow(1 - u * u, 1.5);
            case "atan": return -2 * u / Math.pow(1 + u * u, 2);
            case "sinh": return Math.sinh(u);
            case "cosh": return Math.cosh(u);
            case "tanh": return -2 * Math.sinh(u) / Math.pow(Math.cosh(u), 3);
            case "exp": return Math.exp(u);
            case "log": return -1 / (u * u);
            case "log10": return -1 / (u * u * Math.log(10));
            case "log2": return -1 / (u * u * Math.log(2));
            case "sqrt": return -0.25 * Math.pow(u, -1.5);
            case "cbrt": return -2 / (9 * Math.cbrt(Math.pow(u, 5)));
            case "abs": case "floor": case "ceil": case "signum": return 0;
            default: throw new IllegalArgumentException(function);
        }
    }

    private static int push(List<Node> tape, double value) {
        return push(tape, value, new int[0], new double[0]);
    }

    private static int push(List<Node> tape, double value, int[] parents, double[] locals) {
        tape.add(new Node(value, parents, locals));
        return tape.size() - 1;
    }

    private static double localDerivative(String function, double u) {
        switch (function) {
            case "sin": return Math.cos(u);
            case "cos": return -Math.sin(u);
            case "tan": return 1 / (Math.cos(u) * Math.cos(u));
            case "asin": return 1 / Math.sqrt(1 - u * u);
            case "acos": return -1 / Math.sqrt(1 - u * u);
            case "atan": return 1 / (1 + u * u);
            case "sinh": return Math.cosh(u);
            case "cosh": return Math.sinh(u);
            case "tanh": return 1 / (Math.cosh(u) * Math.cosh(u));
            case "exp": return Math.exp(u);
            case "log": return 1 / u;
            case "log10": return 1 / (u * Math.log(10));
            case "log2": return 1 / (u * Math.log(2));
            case "sqrt": return 1 / (2 * Math.sqrt(u));
            case "cbrt": return 1 / (3 * Math.cbrt(u * u));
            case "abs": return u > 0 ? 1 : u < 0 ? -1 : 0;
            case "floor": case "ceil": case "signum": return 0;
            default: throw new IllegalArgumentException(function);
        }
    }
}
