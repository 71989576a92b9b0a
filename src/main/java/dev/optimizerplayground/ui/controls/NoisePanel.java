package dev.optimizerplayground.ui.controls;

import dev.optimizerplayground.core.run.RunCloud;
import dev.optimizerplayground.core.text.Messages;
import dev.optimizerplayground.session.NoiseSettings;
import dev.optimizerplayground.ui.model.ShowingGuard;
import java.util.concurrent.ThreadLocalRandom;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The sidebar section for noisy gradients, as in mini-batch training: σ of the Gaussian noise added
 * to every gradient component (0 = exact), its seed (the same for every optimizer, so the race is
 * fair), and how many runs each optimizer draws as a faint cloud around its mean path.
 */
public final class NoisePanel extends VBox {

    public static final String SIGMA_ID = "noise-sigma";
    public static final String SEED_ID = "noise-seed";
    public static final String RUNS_ID = "noise-runs";
    public static final String NEW_SEED_ID = "noise-new-seed";

    private final ObjectProperty<NoiseSettings> noise;
    private final ShowingGuard guard = new ShowingGuard();
    private final NumberField sigma = new NumberField(0, v -> v >= 0 && Double.isFinite(v), Messages.get("controls.rule.noise"));
    private final NumberField seed = new NumberField(0, v -> v == Math.rint(v) && Math.abs(v) < 1e15, Messages.get("controls.rule.whole"));
    private final NumberField runs = new NumberField(RunCloud.DEFAULT_RUNS,
            v -> v == Math.rint(v) && v >= 1 && v <= RunCloud.MAX_RUNS, Messages.get("controls.rule.whole-range", 1, RunCloud.MAX_RUNS));

    public NoisePanel(ObjectProperty<NoiseSettings> noise) {
        this.noise = noise;
        getStyleClass().add("sidebar-section");
        setSpacing(8);
        sigma.setId(SIGMA_ID);
        seed.setId(SEED_ID);
        runs.setId(RUNS_ID);
        sigma.setTooltip(WrappedTooltip.of(Messages.get("controls.noise.sigma.tooltip")));
        seed.setTooltip(WrappedTooltip.of(Messages.get("controls.noise.seed.tooltip")));
        runs.setTooltip(WrappedTooltip.of(Messages.get("controls.noise.runs.tooltip")));
        Button newSeed = new Button(Messages.get("controls.noise.new-seed"));
        newSeed.setId(NEW_SEED_ID);
        newSeed.setTooltip(WrappedTooltip.of(Messages.get("controls.noise.new-seed.tooltip")));
        newSeed.setOnAction(e -> noise.set(noise.get().withSeed(ThreadLocalRandom.current().nextInt(1_000_000))));

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label(Messages.get("controls.noise.sigma")), sigma);
        HBox seedRow = new HBox(6, seed, newSeed);
        seedRow.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(1, new Label(Messages.get("controls.noise.seed")), seedRow);
        grid.addRow(2, new Label(Messages.get("controls.noise.runs")), runs);
        getChildren().addAll(SurfacePanel.sectionTitle(Messages.get("controls.section.noise")), grid);

        show(noise.get());
        noise.addListener((obs, old, now) -> guard.show(() -> show(now)));
        sigma.valueProperty().addListener(guard.onEdit((obs, old, now) -> noise.set(noise.get().withSigma(now.doubleValue()))));
        seed.valueProperty().addListener(guard.onEdit((obs, old, now) -> noise.set(noise.get().withSeed(now.longValue()))));
        runs.valueProperty().addListener(guard.onEdit((obs, old, now) -> noise.set(noise.get().withCloudRuns(now.intValue()))));
        runs.disableProperty().bind(sigma.valueProperty().isEqualTo(0.0, 0.0));
    }

    private void show(NoiseSettings shown) {
        sigma.valueProperty().set(shown.gradient().sigma());
        seed.valueProperty().set(shown.gradient().seed());
        runs.valueProperty().set(shown.cloudRuns());
    }

}
