package dev.optimizerplayground.core.surface;

import java.util.Arrays;

import net.objecthunter.exp4j.tokenizer.FunctionToken;
import net.objecthunter.exp4j.tokenizer.NumberToken;
import net.objecthunter.exp4j.tokenizer.OperatorToken;
import net.objecthunter.exp4j.tokenizer.Token;
import net.objecthunter.exp4j.tokenizer.VariableToken;

/**
 * A surface as straight-line code: instruction {@code i} computes {@code op[i]} of the results of
 * instructions {@code left[i]} and {@code right[i]} (earlier ones), and the last instruction is f.
 * Constant sub-expressions are folded, {@code ^} with a constant exponent becomes
 * {@link Op#POW_CONST}. {@link #dependsOnX}/{@link #dependsOnY} tell which instructions can have a
 * non-zero derivative; both evaluation paths skip the others, which is the "symbolic zero" of
 * autodiff frameworks: in {@code x + sqrt(y)} at y = 0, ∂f/∂x is 1, not ∞·0 = NaN.
 */
final class Program {

    final Op[] ops;
    final int[] left;
    final int[] right;
    /** The number for CONST, the exponent for POW_CONST, 0 otherwise. */
    final double[] constants;
    final boolean[] dependsOnX;
    final boolean[] dependsOnY;

    private Program(Op[] ops, int[] left, int[] right, double[] constants) {
        this.ops = ops;
        this.left = left;
        this.right = right;
        this.constants = constants;
        int n = ops.length;
        dependsOnX = new boolean[n];
        dependsOnY = new boolean[n];
        for (int i = 0; i < n; i++) {
            Op op = ops[i];
            dependsOnX[i] = op == Op.X || (op.arity >= 1 && dependsOnX[left[i]]) || (op.arity == 2 && dependsOnX[right[i]]);
            dependsOnY[i] = op == Op.Y || (op.arity >= 1 && dependsOnY[left[i]]) || (op.arity == 2 && dependsOnY[right[i]]);
        }
    }

    int size() {
        return ops.length;
    }

    int result() {
        return ops.length - 1;
    }

    /** Builds the program for exp4j's reverse-Polish tokens of an already checked formula. */
    static Program fromRpn(Token[] tokens) {
        Builder builder = new Builder(tokens.length);
        int[] stack = new int[tokens.length];
        int depth = 0;
        for (Token token : tokens) {
            if (token instanceof NumberToken) {
                stack[depth++] = builder.constant(((NumberToken) token).getValue());
            } else if (token instanceof VariableToken) {
                stack[depth++] = builder.variable(((VariableToken) token).getName());
            } else if (token instanceof FunctionToken) {
                String name = ((FunctionToken) token).getFunction().getName();
                Op op = Op.function(name);
                if (op == null || depth < 1) {
                    throw new IllegalStateException("cannot use function " + name);
                }
                stack[depth - 1] = builder.unary(op, stack[depth - 1], 0.0);
            } else if (token instanceof OperatorToken) {
                var operator = ((OperatorToken) token).getOperator();
                String symbol = operator.getSymbol();
                if (operator.getNumOperands() == 1) {
                    if (depth < 1) {
                        throw new IllegalStateException("operator " + symbol + " lacks its operand");
                    }
                    if (symbol.equals("-")) {
                        stack[depth - 1] = builder.unary(Op.NEG, stack[depth - 1], 0.0);
                    } // unary plus changes nothing
                } else {
                    Op op = Op.binaryOperator(symbol);
                    if (op == null || depth < 2) {
                        throw new IllegalStateException("operator " + symbol + " lacks an operand");
                    }
                    int b = stack[--depth];
                    stack[depth - 1] = builder.binary(op, stack[depth - 1], b);
                }
            } else {
                throw new IllegalStateException("unexpected token " + token.getClass().getSimpleName());
            }
        }
        if (depth != 1) {
            throw new IllegalStateException("the formula does not reduce to one value");
        }
        return builder.build();
    }

    private static final class Builder {
        private Op[] ops;
        private int[] left;
        private int[] right;
        private double[] constants;
        private int size;

        Builder(int capacity) {
            int c = Math.max(capacity, 1);
            ops = new Op[c];
            left = new int[c];
            right = new int[c];
            constants = new double[c];
        }

        int constant(double value) {
            return add(Op.CONST, -1, -1, value);
        }

        int variable(String name) {
            switch (name) {
                case "x": return add(Op.X, -1, -1, 0.0);
                case "y": return add(Op.Y, -1, -1, 0.0);
                case "pi": return constant(Math.PI);
                case "e": return constant(Math.E);
                default: throw new IllegalStateException("unknown variable " + name);
            }
        }

        int unary(Op op, int a, double parameter) {
            if (ops[a] == Op.CONST) {
                // An operand that is a constant leaf is always the most recent instruction.
                double folded = op.value(constants[a], parameter);
                size = a;
                return constant(folded);
            }
            return add(op, a, -1, parameter);
        }

        int binary(Op op, int a, int b) {
            if (ops[b] == Op.CONST) {
                if (ops[a] == Op.CONST) {
                    // Both constant leaves: they are the two most recent instructions, a then b.
                    double folded = op.value(constants[a], constants[b]);
                    size = a;
                    return constant(folded);
                }
                if (op == Op.POW) {
                    double exponent = constants[b];
                    size = b;
                    return add(Op.POW_CONST, a, -1, exponent);
                }
            }
            return add(op, a, b, 0.0);
        }

        private int add(Op op, int a, int b, double constant) {
            if (size == ops.length) {
                int c = size * 2;
                ops = Arrays.copyOf(ops, c);
                left = Arrays.copyOf(left, c);
                right = Arrays.copyOf(right, c);
                constants = Arrays.copyOf(constants, c);
            }
            ops[size] = op;
            left[size] = a;
            right[size] = b;
            constants[size] = constant;
            return size++;
        }

        Program build() {
            return new Program(Arrays.copyOf(ops, size), Arrays.copyOf(left, size), Arrays.copyOf(right, size),
                    Arrays.copyOf(constants, size));
        }
    }
}
