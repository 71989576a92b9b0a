package dev.optimizerplayground.core.scenario;

import dev.optimizerplayground.core.text.Messages;

/**
 * Where a scenario's 3D view looks from, in degrees: {@code azimuth} turns around the vertical axis
 * (0 from the front), {@code elevation} is the eye's height angle, 0 (level) to 90 (straight down).
 */
public record ViewAngles(double azimuth, double elevation) {

    /** @throws IllegalArgumentException for a non-finite angle or an elevation outside 0…90 */
    public ViewAngles {
        if (!Double.isFinite(azimuth)) {
            throw new IllegalArgumentException(Messages.get("error.view.azimuth", azimuth));
        }
        if (!(elevation >= 0 && elevation <= 90)) {
            throw new IllegalArgumentException(Messages.get("error.view.elevation", elevation));
        }
    }
}
