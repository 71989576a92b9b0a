package dev.optimizerplayground.ui.plot;

import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.session.LayoutMode;
import dev.optimizerplayground.ui.model.BackgroundWork;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;

/**
 * The centre of the window: the overlay plot, the side-by-side grid or the 3D landscape, as the
 * model's layout says, with the legend below. All share one {@link ContourModel}: only the view on
 * screen reports a size, so only what is shown is computed.
 */
public final class PlotArea extends BorderPane {

    public static final String ID = "plot-area";
    public static final String PLOT_VIEW_ID = "plot-view";
    public static final String BASINS_TOGGLE_ID = "basins-toggle";
    /** The stylesheet of this package; the area adds it to itself. */
    public static final String STYLESHEET = PlotArea.class.getResource("plot.css").toExternalForm();

    private final ContourModel contours;
    private final PlotView overlay;
    private final SideBySidePlots sideBySide;
    private final LandscapeView landscape;
    private final CurvatureLens lens;
    /** The overlay plot with the curvature lens drawn over it. */
    private final StackPane overlayWithLens;
    private final BooleanProperty toolsShown = new SimpleBooleanProperty(this, "toolsShown", true);

    public PlotArea(PlaygroundModel model, BackgroundWork background) {
        setId(ID);
        getStyleClass().add("plot-area");
        getStylesheets().add(STYLESHEET);
        contours = new ContourModel(model, background);
        overlay = new PlotView(model, contours, null);
        overlay.setId(PLOT_VIEW_ID);
        sideBySide = new SideBySidePlots(model, contours);
        landscape = new LandscapeView(model, contours, background);
        lens = new CurvatureLens(model, overlay);
        TrailHover.install(model, overlay);
        overlayWithLens = new StackPane(overlay, lens);
        ToggleButton lensToggle = new ToggleButton(Messages.get("plot.lens.toggle"));
        lensToggle.setId("curvature-lens-toggle");
        lensToggle.selectedProperty().bindBidirectional(model.curvatureLensProperty());
        lensToggle.visibleProperty().bind(toolsShown);
        lensToggle.managedProperty().bind(toolsShown);
        lensToggle.setTooltip(new Tooltip(Messages.get("plot.lens.tooltip")));
        PlotLegend legend = new PlotLegend(model);
        HBox.setHgrow(legend, Priority.ALWAYS);
        // The legend wraps or cuts its texts short before it pushes the lens toggle out of the window.
        legend.setMinWidth(0);
        // An entry wider than the room beside the toggle is cut at the toggle instead of drawn under
        // it (each entry's tooltip holds its whole text).
        Rectangle legendClip = new Rectangle();
        legendClip.widthProperty().bind(legend.widthProperty());
        legendClip.heightProperty().bind(legend.heightProperty());
        legend.setClip(legendClip);
        lensToggle.setMinWidth(Region.USE_PREF_SIZE);
        HBox bottom = new HBox(legend, lensToggle);
        bottom.getStyleClass().add("plot-bottom");
        setBottom(bottom);
        model.layoutProperty().addListener((obs, old, now) -> show(now));
        show(model.layoutProperty().get());
    }

    private void show(LayoutMode mode) {
        setCenter(switch (mode) {
            case OVERLAY -> overlayWithLens;
            case SIDE_BY_SIDE -> sideBySide;
            case LANDSCAPE -> landscape;
        });
    }

    /**
     * Adds the basins-of-attraction layer: a switch and its colouring above the plot, and the map
     * under the trails of the overlay (the first enabled lane's) and of each side-by-side cell.
     */
    public void showBasins(BasinLayer layer) {
        overlay.showBasins(layer);
        sideBySide.showBasins(layer);
        CheckBox toggle = new CheckBox(Messages.get("basins.toggle"));
        toggle.setId(BASINS_TOGGLE_ID);
        toggle.selectedProperty().bindBidirectional(layer.shownProperty());
        toggle.setTooltip(new Tooltip(Messages.get("basins.tooltip")));
        ComboBox<BasinLayer.Colouring> colouring = new ComboBox<>();
        colouring.getItems().setAll(BasinLayer.Colouring.values());
        colouring.valueProperty().bindBidirectional(layer.colouringProperty());
        colouring.disableProperty().bind(layer.shownProperty().not());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(layer.computation().progressProperty());
        progress.visibleProperty().bind(layer.computation().runningProperty());
        progress.setPrefWidth(120);
        HBox bar = new HBox(10, toggle, colouring, progress);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("basin-bar");
        bar.visibleProperty().bind(toolsShown);
        bar.managedProperty().bind(toolsShown);
        setTop(bar);
    }

    /** Whether the basins bar and the curvature-lens switch are shown; presentation mode hides them. */
    public BooleanProperty toolsShownProperty() {
        return toolsShown;
    }

    public ContourModel contours() {
        return contours;
    }

    /** The overlay plot (on screen in OVERLAY layout). */
    public PlotView overlayView() {
        return overlay;
    }

    public CurvatureLens curvatureLens() {
        return lens;
    }

    public SideBySidePlots sideBySide() {
        return sideBySide;
    }

    /** The 3D view (on screen in LANDSCAPE layout). */
    public LandscapeView landscape() {
        return landscape;
    }
}
