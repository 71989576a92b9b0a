package dev.optimizerplayground.core.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.optimizerplayground.core.io.AtomicFiles;
import dev.optimizerplayground.core.run.Trajectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Saves the runs of several optimizer lanes at once.
 *
 * <p>CSV: one file per lane, {@code <name>-<lane>.csv}, each exactly what {@code trace --state}
 * prints for that lane's settings (the optimizer's state under PyTorch's names after the standard
 * columns). Separate files rather than one file with an extra "optimizer" column keep
 * every file loadable by the same script as a {@code trace} output (pandas, R, a spreadsheet), and
 * runs of different lengths need no padding.
 *
 * <p>JSON: one file, {@code {"runs": [{"lane": "rmsprop", ...TrajectoryJson...}, ...]}}, with the
 * state columns too.
 */
public final class TrajectoryExport {

    /** A lane's id ("rmsprop", "sgd-momentum") and its run. */
    public record LaneTrajectory(String lane, Trajectory trajectory) {
        public LaneTrajectory {
            Objects.requireNonNull(lane, "lane");
            Objects.requireNonNull(trajectory, "trajectory");
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TrajectoryExport() {
    }

    /** "rosenbrock-rmsprop.csv": the name made safe for every file system, then the lane id. */
    public static String csvFileName(String name, String lane) {
        return safe(name) + "-" + safe(lane) + ".csv";
    }

    /**
     * Writes one CSV per lane into {@code folder} (created if missing), each atomically.
     *
     * @return the files written, in the order of {@code runs}
     */
    public static List<Path> writeCsvFiles(Path folder, String name, List<LaneTrajectory> runs) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (LaneTrajectory run : runs) {
            Path file = folder.resolve(csvFileName(name, run.lane()));
            AtomicFiles.writeString(file, TrajectoryCsv.toString(run.trajectory(), TraceColumns.WITH_STATE));
            written.add(file);
        }
        return written;
    }

    public static ObjectNode toJson(List<LaneTrajectory> runs) {
        ObjectNode root = MAPPER.createObjectNode();
        var array = root.putArray("runs");
        for (LaneTrajectory run : runs) {
            ObjectNode node = array.addObject();
            node.put("lane", run.lane());
            node.setAll(TrajectoryJson.toJson(run.trajectory(), TraceColumns.WITH_STATE));
        }
        return root;
    }

    public static String toJsonString(List<LaneTrajectory> runs) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(runs)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a trajectory tree is always serializable", e);
        }
    }

    public static void writeJson(Path file, List<LaneTrajectory> runs) throws IOException {
        AtomicFiles.writeString(file, toJsonString(runs));
    }

    private static String safe(String text) {
        String cleaned = text.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}._-]+", "-")
                .replaceAll("^[-.]+|-+$", "");
        return cleaned.isEmpty() ? "run" : cleaned;
    }
}
