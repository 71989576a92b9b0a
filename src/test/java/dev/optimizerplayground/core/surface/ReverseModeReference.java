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
