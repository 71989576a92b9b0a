package dev.optimizerplayground.core.run;

import dev.optimizerplayground.core.optimizer.Optimizer;
import java.util.ArrayList;
import java.util.List;

/**
 * How an optimizer's state is laid out as columns: one per quantity and parameter
 * ("square_avg_x", "square_avg_y"), one for a scalar quantity ("mu_product"). Shared by the kept
 * {@link Trajectory} and the streamed {@link Row}, so both name and order the columns alike.
 */
final class StateColumns {

    final List<String> stateNames;
    final boolean[] scalar;
    /** firstColumn[k]: the column of quantity k's parameter x (its only column if scalar). */
    final int[] firstColumn;
    final List<String> columnNames;
    /** Per column: the quantity and the parameter it holds. */
    final int[] columnState;
    final int[] columnParameter;

    StateColumns(Optimizer optimizer) {
        stateNames = List.copyOf(optimizer.stateNames());
        int n = stateNames.size();
        scalar = new boolean[n];
        firstColumn = new int[n];
        List<String> names = new ArrayList<>();
        List<int[]> sources = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            scalar[k] = optimizer.isScalarState(k);
            firstColumn[k] = names.size();
            String name = stateNames.get(k);
            if (scalar[k]) {
                names.add(name);
                sources.add(new int[] {k, 0});
            } else {
                names.add(name + "_x");
                sources.add(new int[] {k, 0});
                names.add(name + "_y");
                sources.add(new int[] {k, 1});
            }
        }
        columnNames = List.copyOf(names);
        columnState = sources.stream().mapToInt(s -> s[0]).toArray();
        columnParameter = sources.stream().mapToInt(s -> s[1]).toArray();
    }

    int count() {
        return columnNames.size();
    }
}
