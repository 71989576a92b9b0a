package dev.optimizerplayground.ui;

import atlantafx.base.theme.PrimerLight;
import dev.optimizerplayground.ui.model.FxBackgroundWork;
import dev.optimizerplayground.ui.model.PlaygroundModel;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The window. Opens on the elongated valley with the four classic optimizers already racing. */
public final class PlaygroundApp extends Application {

    public static final String TITLE = "Optimizer Playground";

    /** Opens the window; returns when it is closed. */
    public static void launchWindow(String[] args) {
        Application.launch(PlaygroundApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        PlaygroundModel model = new PlaygroundModel(new FxBackgroundWork("runs", 1));
        MainWindow window = new MainWindow(model, new FxBackgroundWork("contours", 1));

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(window, Math.min(1600, screen.getWidth()), Math.min(960, screen.getHeight()));
        MainWindow.installStylesheets(scene);
        window.installShortcuts(scene);
        stage.setTitle(TITLE);
        stage.setMinWidth(1024);
        stage.setMinHeight(640);
        stage.setScene(scene);
        stage.show();
        window.start();
    }
}
