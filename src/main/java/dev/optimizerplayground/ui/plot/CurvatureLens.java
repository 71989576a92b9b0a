package dev.optimizerplayground.ui.plot;

import dev.optimizerplayground.core.explain.LocalCurvature;
import dev.optimizerplayground.core.run.Trajectory;
import dev.optimizerplayground.core.surface.HessianEvaluator;
import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.plot.PlotTransform;
import dev.optimizerplayground.plot.TickFormat;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import dev.optimizerplayground.session.RunSet.LaneRun;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;

/**
 * The curvature lens, drawn over the overlay plot when switched on: at the inspected lane's point
 * (the selected lane, else the first), the local quadratic model's level set as a small ellipse
 * along the Hessian's eigen-directions (the two eigen-axes where H is not positive definite), the
 * Newton step −H⁻¹g as a faint arrow, and λ₁, λ₂, κ and SGD's limit 2/λ₁ in a label. The ellipse
 * is traced in data coordinates and mapped point by point, so it stays true on unequal axis scales.
 * The curvature comes from the core ({@link LocalCurvature}, exact Hessian by automatic
 * differentiation); it is local and changes along the path.
 */
public final class CurvatureLens extends Pane {

    public static final String ID = "curvature-lens";
    public static final String READOUT_ID = "curvature-readout";
    private static final int ELLIPSE_POINTS = 72;
    /** The ellipse's longer semi-axis as a fraction of the smaller side of the view window. */
    private static final double ELLIPSE_SIZE = 0.08;

    private final PlaygroundModel model;
    private final PlotView view;
    private final Polygon ellipse = new Polygon();
    private final Polyline axes = new Polyline();
    private final Line newton = new Line();
    private final Polyline newtonHead = new Polyline();
    private final Label readout = new Label();
    private LocalCurvature shown;

    public CurvatureLens(PlaygroundModel model, PlotView view) {
        this.model = model;
        this.view = view;
        setId(ID);
        setMouseTransparent(true);
        setPickOnBounds(false);
        ellipse.setFill(Color.TRANSPARENT);
        ellipse.setStroke(Color.web("#111111"));
        ellipse.setStrokeWidth(2);
        axes.setStroke(Color.web("#111111"));
        axes.setStrokeWidth(1.5);
        for (var arrow : new javafx.scene.shape.Shape[] {newton, newtonHead}) {
            arrow.setStroke(Color.web("#111111", 0.45));
            arrow.setStrokeWidth(2);
            arrow.getStrokeDashArray().setAll(6.0, 4.0);
        }
        newtonHead.getStrokeDashArray().clear();
        readout.setId(READOUT_ID);
        readout.getStyleClass().add("curvature-readout");
        readout.setManaged(false);
        getChildren().addAll(ellipse, axes, newton, newtonHead, readout);
        // Unmanaged and redrawn in place: the lens never asks the plot under it for a layout pass
        // (which would cut short the plot's cheap move-the-picture redraw while the window moves).
        getChildren().forEach(node -> node.setManaged(false));
        visibleProperty().bind(model.curvatureLensProperty());
        model.curvatureLensProperty().addListener(o -> redraw());
        model.runsProperty().addListener(o -> redraw());
        model.playback().stepProperty().addListener(o -> redraw());
        model.selectedLaneProperty().addListener(o -> redraw());
        model.windowProperty().addListener(o -> redraw());
    }

    /** The curvature drawn now, or null (lens off, or no point to look at). */
    public LocalCurvature shown() {
        return shown;
    }

    @Override
    protected void layoutChildren() {
        redraw();
    }

    /** Draws the lens for the current model and size (nothing while switched off). */
    void redraw() {
        shown = null;
        LaneRun run = model.inspectedRun();
        boolean on = model.curvatureLensProperty().get() && run != null && run.trajectory().length() > 0
                && model.window() != null && model.surface() != null;
        for (var node : getChildren()) {
            node.setVisible(on);
        }
        if (!on) {
            return;
        }
        Trajectory trajectory = run.trajectory();
        int row = trajectory.rowAt(model.playback().step());
        HessianEvaluator evaluator = trajectory.spec().surface().newHessianEvaluator();
        LocalCurvature c = LocalCurvature.at(evaluator, trajectory.x(row), trajectory.y(row));
        shown = c;
        PlotTransform t = view.plotTransform();
        double radius = ELLIPSE_SIZE * Math.min(model.window().width(), model.window().height());
        drawLevelSet(c, t, radius);
        drawNewton(c, t);
        readout.setText(describe(c));
        readout.resize(readout.prefWidth(-1), readout.prefHeight(-1));
        double px = t.toPixelX(c.x()) + 14;
        double py = t.toPixelY(c.y()) - readout.getHeight() - 14;
        readout.relocate(Math.min(px, t.left() + t.width() - readout.getWidth()), Math.max(t.top(), py));
    }

    private void drawLevelSet(LocalCurvature c, PlotTransform t, double radius) {
        double angle = c.lambdaMaxAngle();
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        ellipse.getPoints().clear();
        axes.getPoints().clear();
        if (c.lambdaMin() > 0) {
            // dᵀHd = λ₁·a² + λ₂·b² = const: semi-axes ∝ 1/√λ, the longer one (along λ₂) of length radius.
            double a = radius * Math.sqrt(c.lambdaMin() / c.lambdaMax());
            double b = radius;
            for (int k = 0; k < ELLIPSE_POINTS; k++) {
                double phi = 2 * Math.PI * k / ELLIPSE_POINTS;
                double u = a * Math.cos(phi);
                double v = b * Math.sin(phi);
                ellipse.getPoints().addAll(t.toPixelX(c.x() + u * cos - v * sin), t.toPixelY(c.y() + u * sin + v * cos));
            }
        } else {
            // Not a bowl here: only the eigen-directions, a cross through the point.
            axes.getPoints().addAll(
                    t.toPixelX(c.x() - radius * cos), t.toPixelY(c.y() - radius * sin),
                    t.toPixelX(c.x() + radius * cos), t.toPixelY(c.y() + radius * sin),
                    t.toPixelX(c.x()), t.toPixelY(c.y()),
                    t.toPixelX(c.x() + radius * sin), t.toPixelY(c.y() - radius * cos),
                    t.toPixelX(c.x() - radius * sin), t.toPixelY(c.y() + radius * cos));
        }
    }

    private void drawNewton(LocalCurvature c, PlotTransform t) {
        double[] step = c.newtonStep();
        boolean drawable = Double.isFinite(step[0]) && Double.isFinite(step[1]);
        newton.setVisible(drawable);
        newtonHead.setVisible(drawable);
        if (!drawable) {
            return;
        }
        double x0 = t.toPixelX(c.x());
        double y0 = t.toPixelY(c.y());
        double x1 = t.toPixelX(c.x() + step[0]);
        double y1 = t.toPixelY(c.y() + step[1]);
        newton.setStartX(x0);
        newton.setStartY(y0);
        newton.setEndX(x1);
        newton.setEndY(y1);
        double direction = Math.atan2(y1 - y0, x1 - x0);
        double head = 10;
        newtonHead.getPoints().setAll(
                x1 - head * Math.cos(direction - 0.4), y1 - head * Math.sin(direction - 0.4), x1, y1,
                x1 - head * Math.cos(direction + 0.4), y1 - head * Math.sin(direction + 0.4));
    }

    /** "λ₁ = 20, λ₂ = 2, κ = 10 · SGD overshoots here above η = 0.1" */
    static String describe(LocalCurvature c) {
        StringBuilder text = new StringBuilder("λ₁ = ").append(format(c.lambdaMax()))
                .append(", λ₂ = ").append(format(c.lambdaMin()));
        double kappa = c.conditionNumber();
        text.append(", ").append(Double.isNaN(kappa) ? Messages.get("plot.lens.kappa-undefined") : "κ = " + format(kappa));
        double limit = c.sgdStabilityLimit();
        text.append('\n').append(Double.isNaN(limit) ? Messages.get("plot.lens.no-overshoot")
                : Messages.get("plot.lens.overshoot", format(limit)));
        return text.toString();
    }

    private static String format(double value) {
        return TickFormat.compact(value);
    }
}
