package dev.optimizerplayground.ui.charts;

import dev.optimizerplayground.core.explain.StepCurvature;
import dev.optimizerplayground.core.optimizer.OptimizerKind;
import dev.optimizerplayground.core.run.Trajectory;
import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.session.RunSet;
import dev.optimizerplayground.core.run.RunCloud;
import dev.optimizerplayground.ui.charts.TimeSeriesChart.Band;
import dev.optimizerplayground.ui.charts.TimeSeriesChart.LineStyle;
import dev.optimizerplayground.ui.charts.TimeSeriesChart.Series;
import dev.optimizerplayground.ui.model.PlaybackModel;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;

/**
 * The three charts beside the plot, one line per enabled optimizer (and parameter): the effective
 * learning rate, the loss, and the squared-gradient accumulator, all with a cursor at the
 * animation's step.
 */
public final class ChartsPanel extends VBox {

    public static final String STYLESHEET =
            ChartsPanel.class.getResource("/dev/optimizerplayground/ui/charts/charts.css").toExternalForm();
    public static final String LR_CHART_ID = "chart-lr";
    public static final String LOSS_CHART_ID = "chart-loss";
    public static final String ACCUMULATOR_CHART_ID = "chart-accumulator";
    public static final String STEP_CURVATURE_CHART_ID = "chart-step-curvature";
    /** Where a step along one parameter starts to overshoot the local quadratic model's minimum. */
    static final double OVERSHOOT_LINE = 2;

    /**
     * The optimizer states that hold a running sum or average of g², by the names the core gives
     * them (PyTorch's), and the symbols the chart labels them with.
     */
    static final Map<String, String> ACCUMULATOR_SYMBOLS = Map.of("square_avg", "E[g²]", "sum", "Σg²", "exp_avg_sq", "v");

    /** The loss chart shows values up to this multiple of the largest starting loss. */
    private static final double LOSS_HEADROOM = 1e3;

    private final TimeSeriesChart learningRate = new TimeSeriesChart(Messages.get("charts.learning-rate.title"),
            Messages.get("charts.learning-rate.subtitle"));
    private final TimeSeriesChart loss = new TimeSeriesChart(Messages.get("charts.loss.title"),
            Messages.get("charts.loss.subtitle"));
    private final TimeSeriesChart accumulator = new TimeSeriesChart(Messages.get("charts.accumulator.title"),
            Messages.get("charts.accumulator.subtitle"));

    private final TimeSeriesChart stepCurvature = new TimeSeriesChart(Messages.get("charts.step-curvature.title"),
            Messages.get("charts.step-curvature.subtitle"));
    private final PlaygroundModel model;

    public ChartsPanel(PlaygroundModel model) {
        this.model = model;
        getStyleClass().add("charts-panel");
        getStylesheets().add(STYLESHEET);
        learningRate.setId(LR_CHART_ID);
        loss.setId(LOSS_CHART_ID);
        accumulator.setId(ACCUMULATOR_CHART_ID);
        stepCurvature.setId(STEP_CURVATURE_CHART_ID);
        stepCurvature.setEmptyText(Messages.get("charts.empty.no-adaptive"));
        // Shown with the curvature lens only: it costs a Hessian per step of every adaptive run.
        stepCurvature.visibleProperty().bind(model.curvatureLensProperty());
        stepCurvature.managedProperty().bind(model.curvatureLensProperty());
        learningRate.setEmptyText(Messages.get("charts.empty.no-optimizer"));
        loss.setEmptyText(Messages.get("charts.empty.no-optimizer"));
        accumulator.setEmptyText(Messages.get("charts.empty.no-accumulator"));
        PlaybackModel playback = model.playback();
        for (TimeSeriesChart chart : charts()) {
            chart.lastStepProperty().bind(playback.lastStepProperty());
            chart.cursorStepProperty().bind(playback.stepProperty());
            chart.drawingScaleProperty().bind(model.drawingScaleProperty()); // presentation mode
            VBox.setVgrow(chart, Priority.ALWAYS);
        }
        getChildren().addAll(learningRate, loss, accumulator, stepCurvature, parameterKey());
        model.runsProperty().addListener((obs, old, now) -> show(now));
        model.curvatureLensProperty().addListener(o -> showStepCurvature(model.runs()));
        show(model.runs());
    }

    public TimeSeriesChart learningRateChart() {
        return learningRate;
    }

    public TimeSeriesChart lossChart() {
        return loss;
    }

    public TimeSeriesChart accumulatorChart() {
        return accumulator;
    }

    public TimeSeriesChart stepCurvatureChart() {
        return stepCurvature;
    }

    private List<TimeSeriesChart> charts() {
        return List.of(learningRate, loss, accumulator, stepCurvature);
    }

    /** Each adaptive lane's η_eff·∂²f/∂θᵢ² (from the core's exact Hessian) and the line at 2. */
    private void showStepCurvature(RunSet runs) {
        if (!model.curvatureLensProperty().get()) {
            stepCurvature.setSeries(List.of());
            return;
        }
        List<Series> series = new ArrayList<>();
        int longest = 0;
        for (RunSet.LaneRun run : runs.runs()) {
            Trajectory t = run.trajectory();
            if (run.lane().kind() == OptimizerKind.SGD || t.length() == 0) {
                continue;
            }
            double[][] columns = StepCurvature.of(t);
            String name = run.lane().displayName();
            Color colour = Color.web(run.lane().colour());
            series.add(new Series(name + " x", colour, LineStyle.SOLID, t.length(), step -> columns[0][step]));
            series.add(new Series(name + " y", colour, LineStyle.DASHED, t.length(), step -> columns[1][step]));
            longest = Math.max(longest, t.length());
        }
        if (!series.isEmpty()) {
            series.add(new Series(Messages.get("charts.series.overshoot-line"), Color.GRAY, LineStyle.DASHED, longest, step -> OVERSHOOT_LINE));
        }
        stepCurvature.setSeries(series);
    }

    private void show(RunSet runs) {
        List<Series> rates = new ArrayList<>();
        List<Series> losses = new ArrayList<>();
        List<Series> sums = new ArrayList<>();
        boolean negativeLoss = false;
        double startLoss = 0;
        List<Band> rateBands = new ArrayList<>();
        List<Band> lossBands = new ArrayList<>();
        for (RunSet.LaneRun run : runs.runs()) {
            Trajectory t = run.trajectory();
            String name = run.lane().displayName();
            Color colour = Color.web(run.lane().colour());
            RunCloud cloud = run.cloud();
            if (cloud == null) {
                rates.add(new Series(name + " x", colour, LineStyle.SOLID, t.length(), t::lrX));
                rates.add(new Series(name + " y", colour, LineStyle.DASHED, t.length(), t::lrY));
                losses.add(new Series(name, colour, LineStyle.SOLID, t.length(), t::loss));
            } else {
                // Under noise one run is one draw of chance: show the cloud's median and its band.
                int draws = cloud.runs().size();
                addMedian(rates, rateBands, median(name + " x", draws), colour, LineStyle.SOLID, cloud.rateX());
                addMedian(rates, rateBands, median(name + " y", draws), colour, LineStyle.DASHED, cloud.rateY());
                addMedian(losses, lossBands, median(name, draws), colour, LineStyle.SOLID, cloud.loss());
            }
            if (t.length() > 0) {
                startLoss = Math.max(startLoss, Math.abs(t.loss(0)));
            }
            negativeLoss |= hasNegative(t::loss, t.length());
            int state = accumulatorIndex(t.stateNames());
            if (state >= 0) {
                String symbol = ACCUMULATOR_SYMBOLS.get(t.stateNames().get(state));
                sums.add(new Series(name + " " + symbol + " x", colour, LineStyle.SOLID, t.length(),
                        step -> t.state(state, 0, step)));
                sums.add(new Series(name + " " + symbol + " y", colour, LineStyle.DASHED, t.length(),
                        step -> t.state(state, 1, step)));
            }
        }
        learningRate.setBands(rateBands);
        learningRate.setSeries(rates);
        // A surface that dips below zero (a saddle, the six-hump camel) has no log scale.
        loss.logScaleProperty().set(!negativeLoss);
        // A diverging run climbs towards 1e300; cut it off well above where the runs started.
        loss.valueLimitProperty().set(startLoss > 0 ? startLoss * LOSS_HEADROOM : Double.NaN);
        loss.setBands(lossBands);
        loss.setSeries(losses);
        accumulator.setSeries(sums);
        showStepCurvature(runs);
    }

    /** A median line's label: "RMSProp x (median of 20)". */
    private static String median(String series, int draws) {
        return Messages.get("charts.series.median", series, draws);
    }

    /** A cloud's median as a line, and its 10–90 % band behind it. */
    private static void addMedian(List<Series> lines, List<Band> bands, String label, Color colour, LineStyle style,
                                  RunCloud.Band band) {
        int length = band.median().length;
        lines.add(new Series(label, colour, style, length, t -> band.median()[t]));
        bands.add(new Band(colour, length, t -> band.lower()[t], t -> band.upper()[t]));
    }

    /** Index of the optimizer's squared-gradient accumulator among its states, -1 if it has none (SGD). */
    static int accumulatorIndex(List<String> stateNames) {
        for (int i = 0; i < stateNames.size(); i++) {
            if (ACCUMULATOR_SYMBOLS.containsKey(stateNames.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hasNegative(IntToDoubleFunction values, int length) {
        for (int t = 0; t < length; t++) {
            if (values.applyAsDouble(t) < 0) {
                return true;
            }
        }
        return false;
    }

    private static HBox parameterKey() {
        Line solid = new Line(0, 0, 20, 0);
        solid.getStyleClass().add("key-line");
        Line dashed = new Line(0, 0, 20, 0);
        dashed.getStyleClass().addAll("key-line", "dashed");
        Label x = new Label("x (θ₁)");
        Label y = new Label("y (θ₂)");
        HBox key = new HBox(6, solid, x, dashed, y);
        key.getStyleClass().add("chart-key");
        key.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setMargin(dashed, new javafx.geometry.Insets(0, 0, 0, 12));
        return key;
    }
}
