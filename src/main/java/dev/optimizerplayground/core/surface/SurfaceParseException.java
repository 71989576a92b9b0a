package dev.optimizerplayground.core.surface;

/** A formula that cannot be read as a surface f(x, y), with a one-line message saying what and where. */
public final class SurfaceParseException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int position;

    SurfaceParseException(String message, int position) {
        super(message);
        this.position = position;
    }

    /** 0-based index into the formula where the problem is, or -1 when it has no single place. */
    public int position() {
        return position;
    }
}
