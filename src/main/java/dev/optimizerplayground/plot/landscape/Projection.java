package dev.optimizerplayground.plot.landscape;

import java.util.Objects;

/**
 * The orthographic projection of a {@link Camera} onto a {@code width × height} pixel image.
 *
 * <p>Model space is right-handed: X to the right of the front view (data x), Y away from the front
 * viewer (data y), Z up (height); the landscape box is centred on the origin and fits in a sphere of
 * {@code boxRadius}. Screen x grows to the right and screen y downwards, as in an image; depth grows
 * towards the eye, so a z-buffer keeps the larger depth.
 *
 * <p>Orthographic rather than perspective: sizes along the mesh stay comparable wherever they are,
 * which is what a student compares, and a turning landscape never distorts near the edges.
 */
public final class Projection {

    /** Room left around the box at zoom 1, as a fraction of the half size. */
    private static final double MARGIN = 0.96;

    private final Camera camera;
    private final int width;
    private final int height;
    private final double scale;
    private final double centreX;
    private final double centreY;
    // Camera basis: right (screen x), up (screen −y) and eye (towards the viewer).
    private final double rx;
    private final double ry;
    private final double ux;
    private final double uy;
    private final double uz;
    private final double ex;
    private final double ey;
    private final double ez;

    /**
     * At zoom 1 the box fits the image at every azimuth, so turning it never changes its size or
     * cuts it off; only the elevation changes how tall it looks, and so the size, smoothly.
     *
     * @param footprint radius of the box's floor (half its diagonal): what must fit across at any azimuth
     * @param halfHeight half the box's height
     * @throws IllegalArgumentException if the size, footprint or height is not positive
     */
    public Projection(Camera camera, int width, int height, double footprint, double halfHeight) {
        this.camera = Objects.requireNonNull(camera, "camera");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive, got " + width + "×" + height);
        }
        if (!(footprint > 0) || !Double.isFinite(footprint) || !(halfHeight > 0) || !Double.isFinite(halfHeight)) {
            throw new IllegalArgumentException("the box needs a positive footprint and height, got " + footprint
                    + " and " + halfHeight);
        }
        this.width = width;
        this.height = height;
        double az = Math.toRadians(camera.azimuth());
        double el = Math.toRadians(camera.elevation());
        double sinAz = Math.sin(az);
        double cosAz = Math.cos(az);
        double sinEl = Math.sin(el);
        double cosEl = Math.cos(el);
        // Half extents on screen of the box turned to any azimuth: across, the floor's radius; up,
        // the floor foreshortened by the elevation plus the box's height.
        double across = footprint;
        double up = footprint * sinEl + halfHeight * cosEl;
        this.scale = camera.zoom() * MARGIN * Math.min(width / (2 * across), height / (2 * up));
        this.centreX = width / 2.0;
        this.centreY = height / 2.0;
        rx = cosAz;
        ry = sinAz;
        ux = -sinAz * sinEl;
        uy = cosAz * sinEl;
        uz = cosEl;
        ex = sinAz * cosEl;
        ey = -cosAz * cosEl;
        ez = sinEl;
    }

    public Camera camera() {
        return camera;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Pixels per model unit. */
    public double scale() {
        return scale;
    }

    public double screenX(double x, double y, double z) {
        return centreX + scale * (rx * x + ry * y);
    }

    public double screenY(double x, double y, double z) {
        return centreY - scale * (ux * x + uy * y + uz * z);
    }

    /** Distance towards the eye, in model units: nearer points have larger depth. */
    public double depth(double x, double y, double z) {
        return ex * x + ey * y + ez * z;
    }
}
