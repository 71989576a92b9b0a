package dev.optimizerplayground.plot;

/** How contour levels are spaced over the value range of a surface. */
public enum LevelScale {
    /** LOG when the values span decades above their minimum (see {@link ContourLevels}), else LINEAR. */
    AUTO,
    /** Evenly spaced levels at "nice" 1-2-5 multiples. */
    LINEAR,
    /** Levels evenly spaced in log(f − min + δ), at 1-2-5 mantissas; see {@link ContourLevels}. */
    LOG
}
