package dev.optimizerplayground.plot.landscape;

import dev.optimizerplayground.core.surface.Point;

import java.util.List;
import java.util.Objects;

/**
 * Everything one landscape frame shows: the mesh seen by the camera, each trail up to {@code step}
 * with its ball there, and the known minima.
 *
 * @param lineScale thickness of lines and size of markers, 1 on screen (2 or 3 for a large export)
 * @param background opaque 0xAARRGGBB colour around the landscape
 */
public record LandscapeScene(LandscapeMesh mesh, Camera camera, List<LandscapeTrail> trails, int step,
        List<Point> minima, double lineScale, int background) {

    public LandscapeScene {
        Objects.requireNonNull(mesh, "mesh");
        Objects.requireNonNull(camera, "camera");
        trails = List.copyOf(trails);
        minima = List.copyOf(minima);
        if (!(lineScale > 0) || !Double.isFinite(lineScale)) {
            throw new IllegalArgumentException("line scale must be positive, got " + lineScale);
        }
    }
}
