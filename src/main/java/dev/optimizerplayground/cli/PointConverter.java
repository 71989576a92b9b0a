package dev.optimizerplayground.cli;

import dev.optimizerplayground.core.surface.Point;
import dev.optimizerplayground.core.text.QuotedText;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a point written "X,Y", e.g. {@code -1.5,2}; both coordinates must be finite. */
final class PointConverter implements ITypeConverter<Point> {

    @Override
    public Point convert(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 2) {
            throw new TypeConversionException("expected X,Y (two numbers separated by a comma), got " + QuotedText.quote(text));
        }
        double x = coordinate(parts[0], text);
        double y = coordinate(parts[1], text);
        return new Point(x, y);
    }

    private static double coordinate(String part, String text) {
        try {
            double value = Double.parseDouble(part.trim());
            if (!Double.isFinite(value)) {
                throw new TypeConversionException("coordinates must be finite, got " + QuotedText.quote(text));
            }
            return value;
        } catch (NumberFormatException e) {
            throw new TypeConversionException(QuotedText.quote(part.trim()) + " in " + QuotedText.quote(text) + " is not a number");
        }
    }
}
