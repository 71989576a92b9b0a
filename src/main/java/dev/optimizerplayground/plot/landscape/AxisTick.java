package dev.optimizerplayground.plot.landscape;

/** One tick of a landscape axis: a value of the data and its label. */
public record AxisTick(double value, String label) {
}
