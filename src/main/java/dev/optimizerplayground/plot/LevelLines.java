package dev.optimizerplayground.plot;

import java.util.List;

/** All contour polylines of one level. */
public record LevelLines(double level, List<Polyline> polylines) {

    public LevelLines {
        polylines = List.copyOf(polylines);
    }
}
