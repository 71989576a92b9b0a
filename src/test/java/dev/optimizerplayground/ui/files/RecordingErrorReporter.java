package dev.optimizerplayground.ui.files;

import java.util.ArrayList;
import java.util.List;

/** Keeps reported errors for a test to inspect, instead of showing an alert. */
public final class RecordingErrorReporter implements ErrorReporter {

    public record Report(String title, String message) {
    }

    public final List<Report> reports = new ArrayList<>();

    @Override
    public void report(String title, String message) {
        reports.add(new Report(title, message));
    }

    Report only() {
        if (reports.size() != 1) {
            throw new AssertionError("expected one report, got " + reports);
        }
        return reports.get(0);
    }
}
