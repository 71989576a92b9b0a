package dev.optimizerplayground.plot;

import java.util.Arrays;

/** A growable int array, to collect cell ids without boxing. */
final class IntList {

    private int[] items = new int[16];
    private int size;

    void add(int value) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        items[size++] = value;
    }

    void addAll(IntList other) {
        if (size + other.size > items.length) {
            items = Arrays.copyOf(items, Math.max(size + other.size, size * 2));
        }
        System.arraycopy(other.items, 0, items, size, other.size);
        size += other.size;
    }

    int[] toArray() {
        return Arrays.copyOf(items, size);
    }
}
