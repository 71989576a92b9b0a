package dev.optimizerplayground.plot.landscape;

import dev.optimizerplayground.core.surface.ViewWindow;
import dev.optimizerplayground.plot.LevelScale;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LandscapeMeshTest {

    private static final ViewWindow SQUARE = new ViewWindow(-2, 2, -2, 2);

    @Test
    void takesAtMostMaxSideVerticesFromTheFineGrid() {
        LandscapeMesh mesh = Landscapes.mesh("x^2 + y^2", SQUARE, 50);

        assertThat(mesh.columns()).isEqualTo(50);
        assertThat(mesh.rows()).isEqualTo(50);
        // The first and last vertices are the grid's edge samples, row 0 on the y = yMax side.
        assertThat(mesh.vertexX(0)).isCloseTo(-1, within(0.01));
        assertThat(mesh.vertexX(49)).isCloseTo(1, within(0.01));
        assertThat(mesh.vertexY(0)).isCloseTo(1, within(0.01));
    }

    @Test
    void keepsTheWindowsProportions() {
        LandscapeMesh mesh = Landscapes.mesh("x^2 + y^2", new ViewWindow(-4, 4, -1, 1), 40);

        assertThat(mesh.halfX()).isEqualTo(1);
        assertThat(mesh.halfY()).isEqualTo(0.25);
        assertThat(mesh.toModelX(4)).isCloseTo(1, within(1e-12));
        assertThat(mesh.toModelY(-1)).isCloseTo(-0.25, within(1e-12));
        assertThat(mesh.footprint()).isCloseTo(Math.sqrt(1 + 0.0625), within(1e-12));
    }

    @Test
    void theMinimumIsTheLowestPointAndTheRimTheHighest() {
        LandscapeMesh mesh = Landscapes.mesh("x^2 + y^2", SQUARE, 41);

        assertThat(mesh.surfaceZ(0, 0)).isCloseTo(-LandscapeMesh.HALF_HEIGHT, within(0.01));
        assertThat(mesh.vertexZ(0, 0)).isCloseTo(LandscapeMesh.HALF_HEIGHT, within(1e-9));
        assertThat(mesh.surfaceZ(1, 0)).isGreaterThan(mesh.surfaceZ(0.5, 0)).isLessThan(mesh.surfaceZ(1.5, 0));
        assertThat(mesh.surfaceZ(3, 0)).isNaN();
    }

    @Test
    void surfaceHeightIsTheVertexHeightAtAVertex() {
        LandscapeMesh mesh = Landscapes.mesh("sin(x) * y", SQUARE, 30);
        double x = (mesh.vertexX(7) / mesh.halfX()) * 2;
        double y = (mesh.vertexY(11) / mesh.halfY()) * 2;

        assertThat(mesh.surfaceZ(x, y)).isCloseTo(mesh.vertexZ(7, 11), within(1e-9));
    }

    @Test
    void undefinedSamplesStayUndefinedVertices() {
        LandscapeMesh mesh = Landscapes.mesh("sqrt(x)", SQUARE, 20);

        assertThat(mesh.vertexZ(0, 10)).isNaN();
        assertThat(mesh.vertexZ(19, 10)).isFinite();
        assertThat(mesh.surfaceZ(-1, 0)).isNaN();
        assertThat(mesh.surfaceZ(1, 0)).isFinite();
    }

    @Test
    void heightFollowsTheContoursScale() {
        LandscapeMesh rosenbrock = Landscapes.mesh("(1-x)^2 + 100*(y-x^2)^2", new ViewWindow(-2, 2, -1, 3), 60);

        assertThat(rosenbrock.heightScale().scale()).isEqualTo(LevelScale.LOG);
        assertThat(rosenbrock.bands().levels().scale()).isEqualTo(LevelScale.LOG);
        // On a log height the valley floor (f ≈ 1…10) sits well off the bottom.
        assertThat(rosenbrock.surfaceZ(-1, 1)).isGreaterThan(-LandscapeMesh.HALF_HEIGHT + 0.1);
    }

    @Test
    void refusesTooSmallAMesh() {
        assertThatThrownBy(() -> Landscapes.mesh("x", SQUARE, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
