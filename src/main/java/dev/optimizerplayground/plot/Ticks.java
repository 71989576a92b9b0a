package dev.optimizerplayground.plot;

import java.util.Arrays;
import java.util.List;

/** Tick positions of an axis (data values, ascending) with their labels. Immutable. */
public final class Ticks {

    private final double[] values;
    private final List<String> labels;

    Ticks(double[] values, List<String> labels) {
        if (values.length != labels.size()) {
            throw new IllegalArgumentException(values.length + " ticks but " + labels.size() + " labels");
        }
        this.values = values;
        this.labels = List.copyOf(labels);
    }

    public int count() {
        return values.length;
    }

    public double value(int index) {
        return values[index];
    }

    public String label(int index) {
        return labels.get(index);
    }

    /** The tick values (a copy). */
    public double[] values() {
        return values.clone();
    }

    public List<String> labels() {
        return labels;
    }

    @Override
    public String toString() {
        return "Ticks" + Arrays.toString(values) + " " + labels;
    }
}
