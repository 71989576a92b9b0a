package dev.optimizerplayground.plot.landscape;

/**
 * Where the 3D view looks from: an orbit around the centre of the landscape box.
 *
 * <p>{@code azimuth} (degrees) turns the eye around the vertical axis: 0 looks from the front, along
 * +y, so x runs to the right as on the contour plot; positive values move the eye counter-clockwise
 * seen from above (to the +x side). {@code elevation} (degrees) is the eye's height angle: 0 looks
 * level, 90 straight down, where the picture is the contour plot's (x right, y up). {@code zoom}
 * enlarges the picture about its centre; 1 fits the whole box at any angle.
 *
 * <p>The constructor normalizes instead of refusing, since every value comes from a drag or a typed
 * number: the azimuth wraps into (−180, 180], the elevation and zoom are clamped to their ranges.
 */
public record Camera(double azimuth, double elevation, double zoom) {

    public static final double MIN_ELEVATION = 0;
    public static final double MAX_ELEVATION = 90;
    public static final double MIN_ZOOM = 0.5;
    public static final double MAX_ZOOM = 8;
    /** A three-quarter view from the front left, high enough to see into valleys. */
    public static final Camera DEFAULT = new Camera(-35, 45, 1);

    public Camera {
        if (!Double.isFinite(azimuth) || !Double.isFinite(elevation) || !Double.isFinite(zoom)) {
            throw new IllegalArgumentException("camera angles and zoom must be finite numbers, got azimuth "
                    + azimuth + ", elevation " + elevation + ", zoom " + zoom);
        }
        azimuth = wrap(azimuth);
        elevation = Math.max(MIN_ELEVATION, Math.min(MAX_ELEVATION, elevation));
        zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom));
    }

    /** The same camera turned by the given angles (degrees). */
    public Camera rotatedBy(double deltaAzimuth, double deltaElevation) {
        return new Camera(azimuth + deltaAzimuth, elevation + deltaElevation, zoom);
    }

    /** The same camera with its zoom multiplied by {@code factor}. */
    public Camera zoomedBy(double factor) {
        return new Camera(azimuth, elevation, zoom * factor);
    }

    public Camera withAngles(double newAzimuth, double newElevation) {
        return new Camera(newAzimuth, newElevation, zoom);
    }

    /** An angle in degrees brought into (−180, 180]. */
    static double wrap(double degrees) {
        double a = degrees % 360;
        if (a > 180) {
            a -= 360;
        } else if (a <= -180) {
            a += 360;
        }
        return a == 0 ? 0 : a; // no −0 in saved files
    }
}
