package dev.optimizerplayground.core.surface;

import static org.objectweb.asm.Opcodes.*;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

/**
 * Turns a {@link Program} into a hidden class implementing {@link Evaluator}: straight-line code
 * over double locals, one local per intermediate value (and per derivative). Arithmetic operators
 * become JVM instructions; every other value and every derivative is a call to the {@link Op}
 * constant's method (or {@link Op#chain}), which the JIT inlines, so the rules stay in {@link Op} and
 * the code computes exactly what the {@link Interpreter} computes.
 */
final class BytecodeCompiler {

    /**
     * HotSpot does not JIT-compile methods longer than this many bytes of bytecode (HugeMethodLimit),
     * and interpreted straight-line bytecode is slower than our JIT-compiled {@link Interpreter}.
     */
    static final int MAX_METHOD_BYTES = 8000;

    /** A JVM method addresses at most this many local variable slots. */
    private static final int MAX_LOCALS = 65535;

    private static final String OP = Type.getInternalName(Op.class);
    private static final String OP_DESC = Type.getDescriptor(Op.class);
    private static final String CLASS_NAME = Type.getInternalName(BytecodeCompiler.class).replace("BytecodeCompiler", "CompiledSurface");
    private static final String HESSIAN_CLASS_NAME = CLASS_NAME.replace("CompiledSurface", "CompiledHessian");

    private static final String HESSIAN_DESC = "(DD[D[D)D";
    private static final String EXACT_HESSIAN = "exactValueGradientAndHessian";

    private static final int X = 1;
    private static final int Y = 3;
    private static final int OUT = 5;
    private static final int HESSIAN_OUT = 6;

    private final Program program;
    /** While generating the Hessian: per instruction and {@link Second}, whether it is known to be ±0. */
    private boolean[][] zeroSecond;
    /** False while generating the optimistic Hessian method, whose products are plain multiplications. */
    private boolean strongZeros = true;

    private BytecodeCompiler(Program program) {
        this.program = program;
    }

    /** A compiled evaluator, or empty when the program is too large to compile usefully (or at all). */
    static Optional<Evaluator> compile(Program program) {
        return instantiate(new BytecodeCompiler(program)::generate, Evaluator.class);
    }

    /**
     * A compiled value, gradient and Hessian, or empty when the program is too large. A separate
     * class from {@link #compile}'s, made only when asked for: its method is about three times
     * longer, so a formula can be small enough for the gradient's but too large for this one.
     */
    static Optional<HessianEvaluator> compileHessian(Program program) {
        return instantiate(new BytecodeCompiler(program)::generateHessian, HessianEvaluator.class);
    }

    private static <T> Optional<T> instantiate(Supplier<byte[]> generator, Class<T> type) {
        try {
            byte[] bytes = generator.get();
            if (bytes == null) {
                return Optional.empty();
            }
            MethodHandles.Lookup hidden = MethodHandles.lookup().defineHiddenClass(bytes, true);
            Object evaluator = hidden.findConstructor(hidden.lookupClass(), MethodType.methodType(void.class)).invoke();
            return Optional.of(type.cast(evaluator));
        } catch (RuntimeException | LinkageError e) {
            // org.objectweb.asm.MethodTooLargeException among others: the interpreter still works.
            return Optional.empty();
        } catch (Throwable e) {
            throw new IllegalStateException("cannot instantiate a compiled surface", e);
        }
    }

    /** The class file, or null when a method would exceed {@link #MAX_METHOD_BYTES}. */
    private byte[] generate() {
        if (6 + 6 * (program.size() + 1) > MAX_LOCALS) {
            return null;
        }
        ClassWriter cw = startClass(CLASS_NAME, Evaluator.class, ClassWriter.COMPUTE_MAXS);
        if (!generateValue(cw.visitMethod(ACC_PUBLIC, "value", "(DD)D", null, null))
                || !generateValueAndGradient(cw.visitMethod(ACC_PUBLIC, "valueAndGradient", "(DD[D)D", null, null))) {
            return null;
        }
        cw.visitEnd();
        return cw.toByteArray();
    }

    /**
     * The Hessian class file, or null when a method would exceed {@link #MAX_METHOD_BYTES}. Its public
     * method multiplies plainly and falls back to a private one with {@link Op#chain}'s strong zeros
     * only when a derivative comes out NaN (see {@link #generateValueGradientAndHessian}).
     */
    private byte[] generateHessian() {
        if (7 + 12 * (program.size() + 1) > MAX_LOCALS) {
            return null;
        }
        ClassWriter cw = startClass(HESSIAN_CLASS_NAME, HessianEvaluator.class, ClassWriter.COMPUTE_FRAMES);
        strongZeros = false;
        boolean optimistic = generateValueGradientAndHessian(cw.visitMethod(ACC_PUBLIC, "valueGradientAndHessian",
                HESSIAN_DESC, null, null));
        strongZeros = true;
        if (!optimistic || !generateValueGradientAndHessian(cw.visitMethod(ACC_PRIVATE, EXACT_HESSIAN,
                HESSIAN_DESC, null, null))) {
            return null;
        }
        cw.visitEnd();
        return cw.toByteArray();
    }

    private static ClassWriter startClass(String name, Class<?> implemented, int computed) {
        ClassWriter cw = new ClassWriter(computed);
        cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, name, null, "java/lang/Object",
                new String[] {Type.getInternalName(implemented)});
        MethodVisitor init = cw.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
        init.visitCode();
        init.visitVarInsn(ALOAD, 0);
        init.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        init.visitInsn(RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
        return cw;
    }

    private boolean generateValue(MethodVisitor mv) {
        mv.visitCode();
        Slots slots = new Slots(5, 1);
        for (int i = 0; i < program.size(); i++) {
            if (program.ops[i].arity > 0) {
                emitValue(mv, slots, i);
                mv.visitVarInsn(DSTORE, slots.value(i));
            }
        }
        loadValue(mv, slots, program.result());
        return finish(mv);
    }

    private boolean generateValueAndGradient(MethodVisitor mv) {
        mv.visitCode();
        Slots slots = new Slots(6, 3);
        int partialA = slots.temporary(0);
        int partialB = slots.temporary(1);
        boolean[] onX = program.dependsOnX;
        boolean[] onY = program.dependsOnY;
        for (int i = 0; i < program.size(); i++) {
            Op op = program.ops[i];
            if (op.arity == 0) {
                continue;
            }
            emitValue(mv, slots, i);
            mv.visitVarInsn(DSTORE, slots.value(i));
            int a = program.left[i];
            if (op.arity == 1) {
                emitPartial(mv, slots, i, "partialA", partialA);
                emitTangent(mv, slots, i, true, onX[i], partialA);
                emitTangent(mv, slots, i, false, onY[i], partialA);
            } else {
                int b = program.right[i];
                if (onX[a] || onY[a]) {
                    emitPartial(mv, slots, i, "partialA", partialA);
                }
                if (onX[b] || onY[b]) {
                    emitPartial(mv, slots, i, "partialB", partialB);
                }
                emitBinaryTangent(mv, slots, i, true, onX[a], onX[b], partialA, partialB);
                emitBinaryTangent(mv, slots, i, false, onY[a], onY[b], partialA, partialB);
            }
        }
        int r = program.result();
        storeGradient(mv, slots, r, true, 0);
        storeGradient(mv, slots, r, false, 1);
        loadValue(mv, slots, r);
        return finish(mv);
    }

    /**
     * Value, gradient and Hessian: per instruction the value, two tangents and three second
     * derivatives, each computed only when the instruction depends on the variables involved (the
     * same symbolic zeros as the {@link Interpreter}, with the same {@link Op} calls in the same order).
     * Terms that are ±0 whatever the inputs are left out (see {@link Op#chain2(boolean, boolean,
     * boolean, boolean, double, double, double, double, double, double, double, double, double,
     * double, double)} for why that changes no bit): those of a second partial the operation does not
     * define, and φ'·j_st where j_st is known to be 0 (a variable's, or one whose terms all dropped).
     * A factor that is a variable's tangent, exactly 1, is not multiplied: chain(p, 1) is p bit for bit.
     */
    private boolean generateValueGradientAndHessian(MethodVisitor mv) {
        mv.visitCode();
        Slots slots = new Slots(7, 6);
        int partialA = slots.temporary(0);
        int partialB = slots.temporary(1);
        int partialAA = slots.temporary(2);
        int partialAB = slots.temporary(3);
        int partialBB = slots.temporary(4);
        boolean[] onX = program.dependsOnX;
        boolean[] onY = program.dependsOnY;
        zeroSecond = new boolean[program.size()][Second.values().length];
        for (int i = 0; i < program.size(); i++) {
            Op op = program.ops[i];
            Arrays.fill(zeroSecond[i], true);
            if (op.arity == 0) {
                continue;
            }
            emitValue(mv, slots, i);
            mv.visitVarInsn(DSTORE, slots.value(i));
            if (!onX[i] && !onY[i]) {
                continue;
            }
            int a = program.left[i];
            boolean binary = op.arity == 2;
            int b = binary ? program.right[i] : -1;
            boolean aMoves = onX[a] || onY[a];
            boolean bMoves = binary && (onX[b] || onY[b]);
            boolean hasAA = op.definesSecondPartial("partialAA");
            boolean hasAB = binary && aMoves && bMoves && op.definesSecondPartial("partialAB");
            boolean hasBB = bMoves && op.definesSecondPartial("partialBB");
            if (aMoves) {
                emitPartial(mv, slots, i, "partialA", partialA);
            }
            if (bMoves) {
                emitPartial(mv, slots, i, "partialB", partialB);
            }
            if (hasAA && aMoves) {
                emitPartial(mv, slots, i, "partialAA", partialAA);
            }
            if (hasAB) {
                emitPartial(mv, slots, i, "partialAB", partialAB);
            }
            if (hasBB) {
                emitPartial(mv, slots, i, "partialBB", partialBB);
            }
            if (binary) {
                emitBinaryTangent(mv, slots, i, true, onX[a], onX[b], partialA, partialB);
                emitBinaryTangent(mv, slots, i, false, onY[a], onY[b], partialA, partialB);
            } else {
                emitTangent(mv, slots, i, true, onX[i], partialA);
                emitTangent(mv, slots, i, false, onY[i], partialA);
            }
            for (Second second : Second.values()) {
                if (!second.computed(onX[i], onY[i])) {
                    continue;
                }
                // Op.chain2's rule for these flags: 0.0, then each term that can be non-zero added.
                boolean aOnS = depends(a, second.firstIsX);
                boolean aOnT = depends(a, second.secondIsX);
                boolean bOnS = binary && depends(b, second.firstIsX);
                boolean bOnT = binary && depends(b, second.secondIsX);
                mv.visitInsn(DCONST_0);
                boolean any = false;
                if (aOnS && aOnT) {
                    any |= emitOperandTerms(mv, slots, a, second, hasAA, partialA, partialAA);
                }
                if (aOnS && bOnT && hasAB) {
                    emitTerm(mv, slots, partialAB, a, second.firstIsX, b, second.secondIsX);
                    any = true;
                }
                if (bOnS && aOnT && hasAB) {
                    emitTerm(mv, slots, partialAB, b, second.firstIsX, a, second.secondIsX);
                    any = true;
                }
                if (bOnS && bOnT) {
                    any |= emitOperandTerms(mv, slots, b, second, hasBB, partialB, partialBB);
                }
                if (any) {
                    mv.visitVarInsn(DSTORE, slots.second(i, second));
                    zeroSecond[i][second.ordinal()] = false;
                } else {
                    mv.visitInsn(POP2);
                }
            }
        }
        int r = program.result();
        Label exact = new Label();
        if (!strongZeros && program.ops[r].arity > 0) {
            jumpIfNaN(mv, exact, program.dependsOnX[r], slots.tangent(r, true));
            jumpIfNaN(mv, exact, program.dependsOnY[r], slots.tangent(r, false));
            for (Second second : Second.values()) {
                jumpIfNaN(mv, exact, !zeroSecond[r][second.ordinal()], slots.second(r, second));
            }
        }
        storeGradient(mv, slots, r, true, 0);
        storeGradient(mv, slots, r, false, 1);
        for (Second second : Second.values()) {
            mv.visitVarInsn(ALOAD, HESSIAN_OUT);
            mv.visitInsn(ICONST_0 + second.ordinal());
            if (zeroSecond[r][second.ordinal()]) {
                mv.visitInsn(DCONST_0);
            } else {
                mv.visitVarInsn(DLOAD, slots.second(r, second));
            }
            mv.visitInsn(DASTORE);
        }
        loadValue(mv, slots, r);
        if (!strongZeros) {
            mv.visitInsn(DRETURN);
            mv.visitLabel(exact);
            mv.visitVarInsn(ALOAD, 0);
            mv.visitVarInsn(DLOAD, X);
            mv.visitVarInsn(DLOAD, Y);
            mv.visitVarInsn(ALOAD, OUT);
            mv.visitVarInsn(ALOAD, HESSIAN_OUT);
            mv.visitMethodInsn(INVOKESPECIAL, HESSIAN_CLASS_NAME, EXACT_HESSIAN, HESSIAN_DESC, false);
        }
        return finish(mv);
    }

    /**
     * Jumps to the strong-zero method when a derivative of f is NaN. A plain product differs from
     * {@link Op#chain} only where it is NaN (0·∞, 0·NaN), and a NaN in any tangent or second
     * derivative reaches f's own: every instruction feeds f, and sums and products of derivatives
     * keep a NaN. So when none of f's derivatives is NaN, every product was what chain gives, bit for bit.
     */
    private static void jumpIfNaN(MethodVisitor mv, Label exact, boolean computed, int slot) {
        if (computed) {
            mv.visitVarInsn(DLOAD, slot);
            mv.visitVarInsn(DLOAD, slot);
            mv.visitInsn(DCMPL);
            mv.visitJumpInsn(IFNE, exact);
        }
    }

    /** The three second derivatives, in the order of the Hessian output array. */
    private enum Second {
        XX(true, true), XY(true, false), YY(false, false);

        final boolean firstIsX;
        final boolean secondIsX;

        Second(boolean firstIsX, boolean secondIsX) {
            this.firstIsX = firstIsX;
            this.secondIsX = secondIsX;
        }

        /** Whether an instruction depending on x and y as given can have this derivative non-zero. */
        boolean computed(boolean onX, boolean onY) {
            switch (this) {
                case XX: return onX;
                case YY: return onY;
                default: return onX && onY;
            }
        }
    }

    /**
     * Adds operand j's terms φ_jj·j_s·j_t and φ_j·j_st to the sum on the stack, each only when it can
     * be non-zero; whether any was added.
     */
    private boolean emitOperandTerms(MethodVisitor mv, Slots slots, int j, Second second, boolean hasSecondPartial,
                                     int partial, int secondPartial) {
        boolean any = false;
        if (hasSecondPartial) {
            emitTerm(mv, slots, secondPartial, j, second.firstIsX, j, second.secondIsX);
            any = true;
        }
        if (!zeroSecond[j][second.ordinal()]) {
            mv.visitVarInsn(DLOAD, partial);
            mv.visitVarInsn(DLOAD, slots.second(j, second));
            emitChain(mv);
            mv.visitInsn(DADD);
            any = true;
        }
        return any;
    }

    /** Adds Op.term(φ, s-tangent of j, t-tangent of k) to the sum on the stack; a variable's tangent 1 is not multiplied. */
    private void emitTerm(MethodVisitor mv, Slots slots, int secondPartial, int j, boolean jWrtX, int k, boolean kWrtX) {
        mv.visitVarInsn(DLOAD, secondPartial);
        chainTangent(mv, slots, j, jWrtX);
        chainTangent(mv, slots, k, kWrtX);
        mv.visitInsn(DADD);
    }

    /** chain(top of stack, tangent of j); a leaf's tangent is 1 and chain(p, 1) is p, so nothing is emitted. */
    private void chainTangent(MethodVisitor mv, Slots slots, int j, boolean wrtX) {
        if (program.ops[j].arity != 0) {
            mv.visitVarInsn(DLOAD, slots.tangent(j, wrtX));
            emitChain(mv);
        }
    }

    private boolean depends(int j, boolean wrtX) {
        return wrtX ? program.dependsOnX[j] : program.dependsOnY[j];
    }

    private boolean finish(MethodVisitor mv) {
        Label end = new Label();
        mv.visitLabel(end);
        mv.visitInsn(DRETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        return end.getOffset() < MAX_METHOD_BYTES;
    }

    /** Pushes the value of non-leaf instruction i, computed from its operands. */
    private void emitValue(MethodVisitor mv, Slots slots, int i) {
        Op op = program.ops[i];
        int nativeInstruction = nativeOpcode(op);
        if (nativeInstruction != 0) {
            loadValue(mv, slots, program.left[i]);
            if (op.arity == 2) {
                loadValue(mv, slots, program.right[i]);
            }
            mv.visitInsn(nativeInstruction);
            return;
        }
        mv.visitFieldInsn(GETSTATIC, OP, op.name(), OP_DESC);
        loadValue(mv, slots, program.left[i]);
        loadSecondOperand(mv, slots, i);
        mv.visitMethodInsn(INVOKEVIRTUAL, OP, "value", "(DD)D", false);
    }

    private void emitPartial(MethodVisitor mv, Slots slots, int i, String method, int into) {
        mv.visitFieldInsn(GETSTATIC, OP, program.ops[i].name(), OP_DESC);
        loadValue(mv, slots, program.left[i]);
        loadSecondOperand(mv, slots, i);
        mv.visitVarInsn(DLOAD, slots.value(i));
        mv.visitMethodInsn(INVOKEVIRTUAL, OP, method, "(DDD)D", false);
        mv.visitVarInsn(DSTORE, into);
    }

    private void emitTangent(MethodVisitor mv, Slots slots, int i, boolean wrtX, boolean depends, int partial) {
        if (!depends) {
            return;
        }
        mv.visitVarInsn(DLOAD, partial);
        loadTangent(mv, slots, program.left[i], wrtX);
        emitChain(mv);
        mv.visitVarInsn(DSTORE, slots.tangent(i, wrtX));
    }

    /** Op.chain(φ_a, a_t, φ_b, b_t), which is chain(φ_a, a_t) + chain(φ_b, b_t), for the operands that depend. */
    private void emitBinaryTangent(MethodVisitor mv, Slots slots, int i, boolean wrtX, boolean aDepends,
                                   boolean bDepends, int partialA, int partialB) {
        if (!aDepends && !bDepends) {
            return;
        }
        if (aDepends) {
            mv.visitVarInsn(DLOAD, partialA);
            loadTangent(mv, slots, program.left[i], wrtX);
            emitChain(mv);
        }
        if (bDepends) {
            mv.visitVarInsn(DLOAD, partialB);
            loadTangent(mv, slots, program.right[i], wrtX);
            emitChain(mv);
        }
        if (aDepends && bDepends) {
            mv.visitInsn(DADD);
        }
        mv.visitVarInsn(DSTORE, slots.tangent(i, wrtX));
    }

    /**
     * Multiplies the two numbers on the stack: {@link Op#chain(double, double)}, or a plain product in
     * the optimistic Hessian method, which is the same number wherever it is not NaN.
     */
    private void emitChain(MethodVisitor mv) {
        if (strongZeros) {
            mv.visitMethodInsn(INVOKESTATIC, OP, "chain", "(DD)D", false);
        } else {
            mv.visitInsn(DMUL);
        }
    }

    private void storeGradient(MethodVisitor mv, Slots slots, int r, boolean wrtX, int index) {
        mv.visitVarInsn(ALOAD, OUT);
        mv.visitInsn(index == 0 ? ICONST_0 : ICONST_1);
        boolean depends = wrtX ? program.dependsOnX[r] : program.dependsOnY[r];
        if (depends) {
            loadTangent(mv, slots, r, wrtX);
        } else {
            mv.visitInsn(DCONST_0);
        }
        mv.visitInsn(DASTORE);
    }

    private void loadSecondOperand(MethodVisitor mv, Slots slots, int i) {
        if (program.ops[i].arity == 2) {
            loadValue(mv, slots, program.right[i]);
        } else {
            pushConstant(mv, program.constants[i]);
        }
    }

    private void loadValue(MethodVisitor mv, Slots slots, int j) {
        switch (program.ops[j]) {
            case X: mv.visitVarInsn(DLOAD, X); break;
            case Y: mv.visitVarInsn(DLOAD, Y); break;
            case CONST: pushConstant(mv, program.constants[j]); break;
            default: mv.visitVarInsn(DLOAD, slots.value(j));
        }
    }

    /** Only called for instructions that depend on the variable, so a leaf here is that variable. */
    private void loadTangent(MethodVisitor mv, Slots slots, int j, boolean wrtX) {
        if (program.ops[j].arity == 0) {
            mv.visitInsn(DCONST_1);
        } else {
            mv.visitVarInsn(DLOAD, slots.tangent(j, wrtX));
        }
    }

    private static void pushConstant(MethodVisitor mv, double c) {
        if (Double.doubleToRawLongBits(c) == 0L) {
            mv.visitInsn(DCONST_0);
        } else if (c == 1.0) {
            mv.visitInsn(DCONST_1);
        } else {
            mv.visitLdcInsn(c);
        }
    }

    /** The JVM instruction computing exactly what {@link Op#value} computes, or 0. */
    private static int nativeOpcode(Op op) {
        switch (op) {
            case NEG: return DNEG;
            case ADD: return DADD;
            case SUB: return DSUB;
            case MUL: return DMUL;
            case DIV: return DDIV;
            case MOD: return DREM;
            default: return 0;
        }
    }

    /** Local variable layout: per instruction a value and, for the gradient, two tangents. */
    private final class Slots {
        private final int base;
        private final int perInstruction;

        Slots(int base, int doublesPerInstruction) {
            this.base = base;
            this.perInstruction = 2 * doublesPerInstruction;
        }

        int value(int i) {
            return base + perInstruction * i;
        }

        int tangent(int i, boolean wrtX) {
            return value(i) + (wrtX ? 2 : 4);
        }

        int second(int i, Second second) {
            return value(i) + 6 + 2 * second.ordinal();
        }

        int temporary(int k) {
            return base + perInstruction * program.size() + 2 * k;
        }
    }
}
