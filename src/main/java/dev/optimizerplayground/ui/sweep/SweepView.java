package dev.optimizerplayground.ui.sweep;

import dev.optimizerplayground.core.io.AtomicFiles;
import dev.optimizerplayground.core.format.CellGridCsv;
import dev.optimizerplayground.core.sweep.CellOutcomes;
import dev.optimizerplayground.core.sweep.HyperparameterSweep;
import dev.optimizerplayground.core.sweep.SweepAxis;
import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.core.text.NumberText;
import dev.optimizerplayground.export.PngEncoder;
import dev.optimizerplayground.plot.CellMapRaster;
import dev.optimizerplayground.plot.ContourLevels;
import dev.optimizerplayground.plot.Colormap;
import dev.optimizerplayground.plot.LevelScale;
import dev.optimizerplayground.plot.TickFormat;
import dev.optimizerplayground.ui.controls.NumberField;
import dev.optimizerplayground.ui.files.ErrorReporter;
import dev.optimizerplayground.ui.files.FilePicker;
import dev.optimizerplayground.core.optimizer.Hyperparameter;
import dev.optimizerplayground.session.OptimizerLane;
import dev.optimizerplayground.ui.sweep.SweepModel.Colouring;
import dev.optimizerplayground.ui.sweep.SweepModel.SweepMap;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import javafx.util.StringConverter;

/**
 * The sweep view: settings on top, the map in the middle (one cell per pair of values, coloured by
 * final loss or steps to converge, diverged runs hatched, the lane's current setting ringed), and
 * below it the numbers of the cell under the mouse, progress, Cancel and the exports. Clicking a
 * cell sets the lane to it.
 */
public final class SweepView extends BorderPane {

    public static final String MAP_ID = "sweep-map";
    private static final double LEFT = 80;
    private static final double BOTTOM = 44;
    private static final double RIGHT = 90;
    private static final double TOP = 12;

    private final SweepModel model;
    private final FilePicker picker;
    private final ErrorReporter errors;
    private final Canvas canvas = new Canvas();
    private final Label hover = new Label(" ");
    /** Where the cells are drawn, in canvas pixels: x, y, cell width, cell height. */
    private double mapX;
    private double mapY;
    private double cellWidth;
    private double cellHeight;

    public SweepView(SweepModel model, FilePicker picker, ErrorReporter errors) {
        this.model = model;
        this.picker = picker;
        this.errors = errors;
        getStyleClass().add("sweep-view");
        setTop(settings());
        Pane holder = new Pane(canvas);
        holder.setMinSize(200, 160);
        canvas.widthProperty().bind(holder.widthProperty());
        canvas.heightProperty().bind(holder.heightProperty());
        canvas.setId(MAP_ID);
        canvas.widthProperty().addListener(o -> draw());
        canvas.heightProperty().addListener(o -> draw());
        canvas.setOnMouseMoved(e -> describe(cellAt(e.getX(), e.getY())));
        canvas.setOnMouseExited(e -> hover.setText(" "));
        canvas.setOnMouseClicked(e -> {
            int[] cell = cellAt(e.getX(), e.getY());
            if (cell != null) {
                model.applyCell(cell[0], cell[1]);
                draw();
            }
        });
        setCenter(holder);
        setBottom(status());
        model.mapProperty().addListener(o -> draw());
        model.curvesProperty().addListener(o -> draw());
        model.colouringProperty().addListener(o -> draw());
        setPadding(new Insets(8));
    }

    /** Redraws the map, e.g. after the lane's setting changed elsewhere (the ring moves). */
    public void draw() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setFill(Color.WHITE);
        gc.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        SweepMap shown = model.mapProperty().get();
        if (shown == null) {
            gc.setFill(Color.GREY);
            gc.setTextAlign(TextAlignment.CENTER);
            gc.fillText(model.messageProperty().get().isEmpty() ? Messages.get("sweep.computing") : model.messageProperty().get(),
                    canvas.getWidth() / 2, canvas.getHeight() / 2);
            return;
        }
        HyperparameterSweep sweep = shown.sweep();
        CellOutcomes cells = shown.cells();
        double width = canvas.getWidth() - LEFT - RIGHT;
        double height = canvas.getHeight() - TOP - BOTTOM;
        if (width < 10 || height < 10) {
            return;
        }
        cellWidth = width / sweep.columns();
        cellHeight = height / sweep.rows();
        mapX = LEFT;
        mapY = TOP;
        if (sweep.y().isEmpty()) {
            curves(gc, model.curvesProperty().get(), height);
            return;
        }
        // Whole pixels per cell keep the hatching crisp; the image is then stretched to fit.
        int pixelsPerCell = Math.max(2, (int) Math.min(cellWidth, cellHeight));
        int[] argb = CellMapRaster.raster(sweep.columns(), sweep.rows(), pixelsPerCell, pixelsPerCell, colours(cells));
        WritableImage image = new WritableImage(sweep.columns() * pixelsPerCell, sweep.rows() * pixelsPerCell);
        image.getPixelWriter().setPixels(0, 0, (int) image.getWidth(), (int) image.getHeight(),
                PixelFormat.getIntArgbInstance(), argb, 0, (int) image.getWidth());
        gc.setImageSmoothing(false);
        gc.drawImage(image, mapX, mapY, cellWidth * sweep.columns(), cellHeight * sweep.rows());
        gc.setStroke(Color.gray(0.3));
        gc.strokeRect(mapX, mapY, cellWidth * sweep.columns(), cellHeight * sweep.rows());
        axes(gc, sweep);
        scale(gc, cells, sweep);
        ring(gc);
    }

    /**
     * A 1-D sweep: final loss (log scale) against the parameter, one line per lane in its colour;
     * a diverged run is a ✕ at the top, never a point of the line.
     */
    private void curves(GraphicsContext gc, java.util.List<SweepMap> lanes, double height) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (SweepMap lane : lanes) {
            for (int i = 0; i < lane.sweep().columns(); i++) {
                double loss = lane.cells().finalLoss(i, 0);
                if (Double.isFinite(loss)) {
                    min = Math.min(min, loss);
                    max = Math.max(max, loss);
                }
            }
        }
        // Final losses of different η span hundreds of decades (a run on the edge of diverging ends
        // near 1e300), so positive losses get a plain log axis; with losses ≤ 0 the log is taken
        // of the height above the lowest, as the contour levels do.
        double lowest = min;
        double highest = max;
        boolean plainLog = min > 0;
        ContourLevels aboveMin = ContourLevels.of(min, max, Double.NaN, LevelScale.LOG);
        java.util.function.DoubleUnaryOperator scale = plainLog && highest > lowest
                ? loss -> (Math.log10(loss) - Math.log10(lowest)) / (Math.log10(highest) - Math.log10(lowest))
                : aboveMin::normalize;
        double bottom = mapY + height;
        gc.setStroke(Color.gray(0.3));
        gc.strokeRect(mapX, mapY, cellWidth * lanes.get(0).sweep().columns(), height);
        double legendY = mapY + 6;
        for (SweepMap lane : lanes) {
            Color colour = Color.web(lane.lane().colour());
            gc.setStroke(colour);
            gc.setFill(colour);
            gc.setLineWidth(2);
            gc.beginPath();
            boolean drawing = false;
            for (int i = 0; i < lane.sweep().columns(); i++) {
                double px = mapX + (i + 0.5) * cellWidth;
                if (lane.cells().diverged(i, 0)) {
                    gc.setTextAlign(TextAlignment.CENTER);
                    gc.setTextBaseline(VPos.TOP);
                    gc.fillText("✕", px, mapY + 2);
                    drawing = false;
                    continue;
                }
                double py = bottom - scale.applyAsDouble(lane.cells().finalLoss(i, 0)) * (height - 24);
                if (drawing) {
                    gc.lineTo(px, py);
                } else {
                    gc.moveTo(px, py);
                    drawing = true;
                }
            }
            gc.stroke();
            gc.setLineWidth(1);
            gc.setTextAlign(TextAlignment.RIGHT);
            gc.setTextBaseline(VPos.TOP);
            gc.fillText(lane.lane().displayName(), mapX + cellWidth * lane.sweep().columns() - 6, legendY + 14);
            legendY += 16;
        }
        gc.setFill(Color.gray(0.15));
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.BOTTOM);
        gc.fillText(min <= max ? TickFormat.compact(min) : "", mapX - 4, bottom);
        gc.setTextBaseline(VPos.TOP);
        gc.fillText(min <= max ? TickFormat.compact(max) : "", mapX - 4, mapY + 24);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText("✕", mapX - 4, mapY + 10);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.fillText(Messages.get("sweep.curves.title"), mapX + 6, mapY + cellHeight - 14);
        axes(gc, lanes.get(0).sweep());
        ring(gc);
    }

    private CellMapRaster.CellColour colours(CellOutcomes cells) {
        return model.colouringProperty().get() == Colouring.FINAL_LOSS
                ? CellMapRaster.byFinalLoss(cells)
                : CellMapRaster.byConvergedStep(cells, model.stepsProperty().get());
    }

    private void axes(GraphicsContext gc, HyperparameterSweep sweep) {
        double bottom = mapY + cellHeight * sweep.rows();
        double right = mapX + cellWidth * sweep.columns();
        gc.setFill(Color.gray(0.15));
        gc.setTextBaseline(VPos.TOP);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.fillText(NumberText.exact(sweep.x().from()), mapX, bottom + 4);
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.fillText(NumberText.exact(sweep.x().to()), right, bottom + 4);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.fillText(axisTitle(sweep.x()) + " →", (mapX + right) / 2, bottom + 22);
        sweep.y().ifPresent(y -> {
            gc.setTextAlign(TextAlignment.RIGHT);
            gc.setTextBaseline(VPos.BOTTOM);
            gc.fillText(NumberText.exact(y.from()), mapX - 4, bottom);
            gc.setTextBaseline(VPos.TOP);
            gc.fillText(NumberText.exact(y.to()), mapX - 4, mapY);
            gc.setTextBaseline(VPos.CENTER);
            gc.fillText(axisTitle(y) + " ↑", mapX - 4, (mapY + bottom) / 2);
        });
    }

    private static String axisTitle(SweepAxis axis) {
        return axis.log() ? Messages.get("sweep.axis.log", axis.name()) : axis.name();
    }

    /** A colour bar at the right with its ends' values, and the hatching's meaning. */
    private void scale(GraphicsContext gc, CellOutcomes cells, HyperparameterSweep sweep) {
        double x = mapX + cellWidth * sweep.columns() + 16;
        double barHeight = Math.min(200, cellHeight * sweep.rows());
        for (int i = 0; i < barHeight; i++) {
            gc.setFill(argb(Colormap.VIRIDIS.argb(1 - i / barHeight)));
            gc.fillRect(x, mapY + i, 14, 1);
        }
        String low;
        String high;
        if (model.colouringProperty().get() == Colouring.FINAL_LOSS) {
            ContourLevels scale = CellMapRaster.lossScale(cells);
            low = Double.isNaN(scale.min()) ? "–" : TickFormat.compact(scale.min());
            high = Double.isNaN(scale.max()) ? "–" : TickFormat.compact(scale.max());
        } else {
            low = Messages.get("sweep.scale.step", 0);
            high = Messages.get("sweep.scale.step", model.stepsProperty().get());
        }
        gc.setFill(Color.gray(0.15));
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        gc.fillText(high, x + 18, mapY);
        gc.setTextBaseline(VPos.BOTTOM);
        gc.fillText(low, x + 18, mapY + barHeight);
        double legendY = mapY + barHeight + 12;
        int[] hatch = CellMapRaster.raster(1, 1, 14, 14, (c, r) -> CellMapRaster.HATCHED);
        WritableImage swatch = new WritableImage(14, 14);
        swatch.getPixelWriter().setPixels(0, 0, 14, 14, PixelFormat.getIntArgbInstance(), hatch, 0, 14);
        gc.drawImage(swatch, x, legendY);
        gc.setTextBaseline(VPos.TOP);
        gc.fillText(Messages.get("sweep.scale.diverged"), x + 18, legendY);
        if (model.colouringProperty().get() == Colouring.CONVERGED_STEP) {
            gc.setFill(argb(CellMapRaster.NEUTRAL));
            gc.fillRect(x, legendY + 20, 14, 14);
            gc.setFill(Color.gray(0.15));
            gc.fillText(Messages.get("sweep.scale.never"), x + 18, legendY + 20);
        }
    }

    /** Rings the cell of the lane's current setting; in a 1-D sweep, marks its value with a dashed line. */
    private void ring(GraphicsContext gc) {
        int[] current = model.currentCell();
        if (current == null) {
            return;
        }
        if (model.mapProperty().get().sweep().y().isEmpty()) {
            double x = mapX + (current[0] + 0.5) * cellWidth;
            gc.setStroke(Color.web(model.laneProperty().get().colour()));
            gc.setLineDashes(4, 4);
            gc.strokeLine(x, mapY, x, mapY + cellHeight);
            gc.setLineDashes();
            return;
        }
        double cx = mapX + (current[0] + 0.5) * cellWidth;
        double cy = mapY + (current[1] + 0.5) * cellHeight;
        double radius = Math.max(6, Math.min(cellWidth, cellHeight) * 0.8);
        gc.setLineWidth(3);
        gc.setStroke(Color.WHITE);
        gc.strokeOval(cx - radius, cy - radius, 2 * radius, 2 * radius);
        gc.setLineWidth(1.5);
        gc.setStroke(Color.BLACK);
        gc.strokeOval(cx - radius, cy - radius, 2 * radius, 2 * radius);
        gc.setLineWidth(1);
    }

    /** The {column, row} under canvas point (x, y), or null outside the map. */
    int[] cellAt(double x, double y) {
        SweepMap shown = model.mapProperty().get();
        if (shown == null || cellWidth <= 0) {
            return null;
        }
        int column = (int) Math.floor((x - mapX) / cellWidth);
        int row = (int) Math.floor((y - mapY) / cellHeight);
        HyperparameterSweep sweep = shown.sweep();
        return column < 0 || row < 0 || column >= sweep.columns() || row >= sweep.rows() ? null
                : new int[] {column, row};
    }

    /** Canvas coordinates of the centre of cell (column, row); for tests that click one. */
    public double[] cellCentre(int column, int row) {
        return new double[] {mapX + (column + 0.5) * cellWidth, mapY + (row + 0.5) * cellHeight};
    }

    private void describe(int[] cell) {
        SweepMap shown = model.mapProperty().get();
        if (cell == null || shown == null) {
            hover.setText(" ");
            return;
        }
        HyperparameterSweep sweep = shown.sweep();
        CellOutcomes cells = shown.cells();
        int c = cell[0];
        int r = cell[1];
        StringBuilder text = new StringBuilder(sweep.x().name()).append(" = ")
                .append(TickFormat.compact(sweep.x().value(c)));
        sweep.y().ifPresent(y -> text.append(", ").append(y.name()).append(" = ")
                .append(TickFormat.compact(y.value(sweep.yIndex(r)))));
        text.append("   ");
        if (!model.curvesProperty().get().isEmpty()) {
            text.append(shown.lane().displayName()).append(": ");
        }
        if (cells.diverged(c, r)) {
            text.append(Messages.get("sweep.hover.diverged", cells.divergedStep(c, r)));
        } else {
            String loss = TickFormat.compact(cells.finalLoss(c, r));
            int converged = cells.convergedStep(c, r);
            text.append(converged >= 0 ? Messages.get("sweep.hover.converged", loss, converged)
                    : Messages.get("sweep.hover.not-converged", loss));
        }
        for (SweepMap other : model.curvesProperty().get()) {
            if (other != shown && c < other.sweep().columns()) {
                text.append("   ").append(other.lane().displayName()).append(": ").append(
                        other.cells().diverged(c, 0) ? Messages.get("sweep.scale.diverged")
                                : TickFormat.compact(other.cells().finalLoss(c, 0)));
            }
        }
        if (!cells.complete()) {
            text.append("   ").append(Messages.get("sweep.hover.refining"));
        }
        hover.setText(text.toString());
    }

    // =============================================================== controls

    private FlowPane settings() {
        ComboBox<OptimizerLane> lane = new ComboBox<>();
        lane.getItems().setAll(OptimizerLane.values());
        lane.setConverter(converter(OptimizerLane::displayName));
        lane.valueProperty().bindBidirectional(model.laneProperty());
        lane.setId("sweep-lane");

        ComboBox<Hyperparameter> x = parameterBox("sweep-x", "", model.xFromProperty(), model.xToProperty(),
                model.xLogProperty());
        x.valueProperty().bindBidirectional(model.xParameterProperty());
        ComboBox<Hyperparameter> y = parameterBox("sweep-y", Messages.get("sweep.y.none"), model.yFromProperty(), model.yToProperty(),
                model.yLogProperty());
        y.valueProperty().bindBidirectional(model.yParameterProperty());
        model.laneProperty().addListener((obs, old, now) -> fitParametersTo(now, x, y));
        x.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                offerSecondParameters(model.laneProperty().get(), now, y, y.getValue());
            }
        });
        fitParametersTo(model.laneProperty().get(), x, y);

        Spinner<Integer> resolution = new Spinner<>(2, SweepModel.MAX_RESOLUTION, model.resolutionProperty().get());
        resolution.valueProperty().addListener((obs, old, now) -> model.resolutionProperty().set(now));
        resolution.setEditable(true);
        resolution.setPrefWidth(80);
        Spinner<Integer> steps = new Spinner<>(1, 100_000, model.stepsProperty().get(), 50);
        steps.valueProperty().addListener((obs, old, now) -> model.stepsProperty().set(now));
        steps.setEditable(true);
        steps.setPrefWidth(100);
        ComboBox<Colouring> colouring = new ComboBox<>();
        colouring.getItems().setAll(Colouring.values());
        colouring.valueProperty().bindBidirectional(model.colouringProperty());

        FlowPane pane = new FlowPane(10, 6,
                labelled(Messages.get("sweep.lane"), lane),
                labelled("x", x, range(model.xFromProperty()), new Label("…"), range(model.xToProperty()),
                        logBox(model.xLogProperty())),
                labelled("y", y, range(model.yFromProperty()), new Label("…"), range(model.yToProperty()),
                        logBox(model.yLogProperty())),
                labelled(Messages.get("sweep.resolution"), resolution),
                labelled(Messages.get("sweep.steps"), steps),
                labelled(Messages.get("sweep.colour-by"), colouring));
        pane.setPadding(new Insets(0, 0, 8, 0));
        return pane;
    }

    /** When the lane changes, keeps the chosen parameters if they apply, else picks ones that do. */
    private void fitParametersTo(OptimizerLane lane, ComboBox<Hyperparameter> x, ComboBox<Hyperparameter> y) {
        Hyperparameter[] applicable = Arrays.stream(Hyperparameter.values())
                .filter(h -> h.appliesTo(lane.kind())).toArray(Hyperparameter[]::new);
        Hyperparameter keptX = x.getValue() != null && x.getValue().appliesTo(lane.kind())
                ? x.getValue() : Hyperparameter.LEARNING_RATE;
        Hyperparameter keptY = y.getValue() != null && y.getValue().appliesTo(lane.kind()) && y.getValue() != keptX
                ? y.getValue() : Arrays.stream(applicable).filter(h -> h != keptX).findFirst().orElse(null);
        x.getItems().setAll(applicable);
        x.setValue(keptX);
        offerSecondParameters(lane, keptX, y, keptY);
    }

    /** The second axis offers the lane's parameters other than the first, or none (a 1-D sweep). */
    private static void offerSecondParameters(OptimizerLane lane, Hyperparameter first, ComboBox<Hyperparameter> y,
                                              Hyperparameter keep) {
        y.getItems().setAll(Arrays.stream(Hyperparameter.values())
                .filter(h -> h.appliesTo(lane.kind()) && h != first).toList());
        y.getItems().add(0, null);
        y.setValue(y.getItems().contains(keep) ? keep : null);
    }

    private static ComboBox<Hyperparameter> parameterBox(String id, String none, DoubleProperty from,
                                                        DoubleProperty to, BooleanProperty log) {
        ComboBox<Hyperparameter> box = new ComboBox<>();
        box.setId(id);
        box.setConverter(converter(h -> h == null ? none : h.symbol()));
        box.valueProperty().addListener((obs, old, now) -> {
            if (now != null && now != old) {
                // A new parameter brings its slider's range and scale.
                from.set(now.min());
                to.set(now.max());
                log.set(now.logScale());
            }
        });
        return box;
    }

    private static NumberField range(DoubleProperty value) {
        NumberField field = new NumberField(value.get());
        field.setPrefColumnCount(6);
        field.valueProperty().bindBidirectional(value);
        return field;
    }

    private static CheckBox logBox(BooleanProperty log) {
        CheckBox box = new CheckBox(Messages.get("sweep.log"));
        box.selectedProperty().bindBidirectional(log);
        return box;
    }

    private static HBox labelled(String label, javafx.scene.Node... controls) {
        HBox box = new HBox(6, new Label(label));
        box.getChildren().addAll(controls);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    private VBox status() {
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        Button cancel = new Button(Messages.get("sweep.cancel"));
        cancel.setId("sweep-cancel");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.cancel());
        Button png = new Button(Messages.get("sweep.export.png"));
        png.setOnAction(e -> exportPicture());
        Button csv = new Button(Messages.get("sweep.export.csv"));
        csv.setOnAction(e -> exportCsv());
        png.disableProperty().bind(model.mapProperty().isNull());
        csv.disableProperty().bind(model.mapProperty().isNull());
        hover.setId("sweep-hover");
        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().add("error-text");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(10, message, spacer, progress, cancel, png, csv);
        buttons.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        hover.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(6, hover, buttons);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private void exportPicture() {
        SweepMap shown = model.mapProperty().get();
        picker.chooseFileToSave(null, "sweep.png").ifPresent(path -> save(path, () -> {
            HyperparameterSweep sweep = shown.sweep();
            int cell = Math.max(2, 512 / Math.max(sweep.columns(), sweep.rows()));
            int[] argb = CellMapRaster.raster(sweep.columns(), sweep.rows(), cell, cell, colours(shown.cells()));
            AtomicFiles.write(path, out -> PngEncoder.write(out, argb, sweep.columns() * cell, sweep.rows() * cell,
                    Messages.get("sweep.export.description",
                            sweep.x().name() + sweep.y().map(y -> " × " + y.name()).orElse(""),
                            model.laneProperty().get().displayName(), model.colouringProperty().get())));
        }));
    }

    private void exportCsv() {
        SweepMap shown = model.mapProperty().get();
        picker.chooseFileToSave(null, "sweep.csv").ifPresent(path -> save(path, () -> {
            StringBuilder csv = new StringBuilder();
            CellGridCsv.writeSweep(shown.sweep(), shown.cells(), csv);
            AtomicFiles.writeString(path, csv.toString());
        }));
    }

    private interface Save {
        void run() throws IOException;
    }

    private void save(Path path, Save save) {
        try {
            save.run();
        } catch (IOException e) {
            errors.report(Messages.get("sweep.export.failed"), e.getMessage());
        }
    }

    private static Color argb(int argb) {
        return Color.rgb(argb >> 16 & 0xFF, argb >> 8 & 0xFF, argb & 0xFF);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("not editable");
            }
        };
    }
}
