package dev.optimizerplayground.plot.landscape;

import dev.optimizerplayground.core.run.Trajectory;

import java.util.Objects;

/** One optimizer's run as the landscape draws it: its path over the surface, in its lane colour (0xAARRGGBB). */
public record LandscapeTrail(Trajectory trajectory, int argb) {

    public LandscapeTrail {
        Objects.requireNonNull(trajectory, "trajectory");
    }
}
