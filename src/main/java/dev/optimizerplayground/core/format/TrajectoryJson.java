package dev.optimizerplayground.core.format;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.optimizerplayground.core.run.RunSpec;
import dev.optimizerplayground.core.run.RunSummary;
import dev.optimizerplayground.core.run.Runner;
import dev.optimizerplayground.core.run.Trajectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import dev.optimizerplayground.core.training.Schedule;

/**
 * A trajectory as JSON: its status, the configuration that produced it and the same rows as
 * {@link TrajectoryCsv}, with the same {@link TraceColumns} (and {@code null} for the start's
 * learning rates and state).
 */
public final class TrajectoryJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TrajectoryJson() {
    }

    public static ObjectNode toJson(Trajectory trajectory) {
        return toJson(trajectory, TraceColumns.STANDARD);
    }

    public static ObjectNode toJson(Trajectory trajectory, TraceColumns columns) {
        TraceColumns.Extras extras = columns.extras(trajectory);
        ObjectNode root = header(trajectory.spec(), trajectory.summary());
        ArrayNode rows = root.putArray("rows");
        for (int t = 0; t < trajectory.length(); t++) {
            rows.add(row(t, trajectory.x(t), trajectory.y(t), trajectory.loss(t), trajectory.gradX(t),
                    trajectory.gradY(t), trajectory.lrX(t), trajectory.lrY(t), trajectory.noisy(),
                    trajectory.sampleGradX(t), trajectory.sampleGradY(t), extras.names(),
                    extras.values(trajectory, t)));
        }
        return root;
    }

    public static String toString(Trajectory trajectory) {
        return toString(trajectory, TraceColumns.STANDARD);
    }

    public static String toString(Trajectory trajectory, TraceColumns columns) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(trajectory, columns));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a trajectory is always serializable", e);
        }
    }

    /**
     * Runs {@code spec} and writes the text {@link #toString} gives for its trajectory, without
     * keeping the rows: the status comes first in the file, so a first run finds it and a second,
     * bit-identical run streams the rows. Writes nothing when the start itself has no row.
     */
    public static RunSummary stream(RunSpec spec, Writer out) throws IOException {
        return stream(spec, out, TraceColumns.STANDARD);
    }

    /** As {@link #stream(RunSpec, Writer)}, with the extra {@code columns}. */
    public static RunSummary stream(RunSpec spec, Writer out, TraceColumns columns) throws IOException {
        RunSummary summary = Runner.stream(spec, row -> { });
        if (summary.length() == 0) {
            return summary;
        }
        try (JsonGenerator json = MAPPER.writerWithDefaultPrettyPrinter().createGenerator(out)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            json.writeStartObject();
            for (Iterator<Map.Entry<String, JsonNode>> it = header(spec, summary).fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                json.writeFieldName(field.getKey());
                json.writeTree(field.getValue());
            }
            json.writeArrayFieldStart("rows");
            TraceColumns.Extras[] extras = new TraceColumns.Extras[1];
            Runner.stream(spec, row -> {
                try {
                    if (row.step() == 0) {
                        extras[0] = columns.extras(row, spec.surface());
                    }
                    json.writeTree(row(row.step(), row.x(), row.y(), row.loss(), row.gradX(), row.gradY(),
                            row.lrX(), row.lrY(), row.noisy(), row.sampleGradX(), row.sampleGradY(),
                            extras[0].names(), extras[0].values(row)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            json.writeEndArray();
            json.writeEndObject();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return summary;
    }

    private static ObjectNode header(RunSpec spec, RunSummary summary) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("status", summary.status().id());
        putStep(root, "convergedAtStep", summary.convergedAt());
        putStep(root, "divergedAtStep", summary.divergedAt());
        root.set("configuration", configuration(spec));
        return root;
    }

    private static ObjectNode row(int t, double x, double y, double loss, double gradX, double gradY,
                                  double lrX, double lrY, boolean noisy, double sampleGradX, double sampleGradY,
                                  List<String> extraNames, double[] extraValues) {
        ObjectNode row = MAPPER.createObjectNode();
        row.put("step", t);
        row.put("x", x);
        row.put("y", y);
        row.put("loss", loss);
        row.put("grad_x", gradX);
        row.put("grad_y", gradY);
        putRate(row, "lr_x", lrX);
        putRate(row, "lr_y", lrY);
        if (noisy) {
            row.put("sample_grad_x", sampleGradX);
            row.put("sample_grad_y", sampleGradY);
        }
        for (int k = 0; k < extraValues.length; k++) {
            putRate(row, extraNames.get(k), extraValues[k]);
        }
        return row;
    }

    private static ObjectNode configuration(RunSpec spec) {
        ObjectNode config = MAPPER.createObjectNode();
        config.put("surface", spec.surface().formula());
        config.putArray("start").add(spec.start().x()).add(spec.start().y());
        config.put("steps", spec.steps());
        config.put("tolerance", spec.tolerance());
        config.set("optimizer", OptimizerConfigJson.toJson(spec.optimizer()));
        if (!spec.noise().isExact()) {
            ObjectNode noise = config.putObject("noise");
            noise.put("sigma", spec.noise().sigma());
            noise.put("seed", spec.noise().seed());
        }
        if (!spec.schedule().equals(Schedule.CONSTANT)) {
            config.put("schedule", spec.schedule().text());
            config.put("warmup", spec.schedule().warmupSteps());
        }
        return config;
    }

    private static void putStep(ObjectNode node, String name, int step) {
        if (step < 0) {
            node.putNull(name);
        } else {
            node.put(name, step);
        }
    }

    private static void putRate(ObjectNode row, String name, double rate) {
        if (Double.isNaN(rate)) {
            row.putNull(name);
        } else {
            row.put(name, rate);
        }
    }
}
