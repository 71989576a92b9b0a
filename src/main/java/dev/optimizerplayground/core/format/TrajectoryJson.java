package dev.optimizerplayground.core.format;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.optimizerplayground.core.run.RunSpec;
import dev.optimizerplayground.core.run.Trajectory;
import dev.optimizerplayground.core.training.Schedule;

/**
 * A trajectory as JSON: its status, the configuration that produced it and the same rows as
 * {@link TrajectoryCsv} (with {@code null} for the start's learning rates).
 */
public final class TrajectoryJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TrajectoryJson() {
    }

    public static ObjectNode toJson(Trajectory trajectory) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("status", trajectory.status().id());
        putStep(root, "convergedAtStep", trajectory.convergedAt().orElse(-1));
        putStep(root, "divergedAtStep", trajectory.divergedAt().orElse(-1));
        root.set("configuration", configuration(trajectory.spec()));
        ArrayNode rows = root.putArray("rows");
        for (int t = 0; t < trajectory.length(); t++) {
            ObjectNode row = rows.addObject();
            row.put("step", t);
            row.put("x", trajectory.x(t));
            row.put("y", trajectory.y(t));
            row.put("loss", trajectory.loss(t));
            row.put("grad_x", trajectory.gradX(t));
            row.put("grad_y", trajectory.gradY(t));
            putRate(row, "lr_x", trajectory.lrX(t));
            putRate(row, "lr_y", trajectory.lrY(t));
            if (trajectory.noisy()) {
                row.put("sample_grad_x", trajectory.sampleGradX(t));
                row.put("sample_grad_y", trajectory.sampleGradY(t));
            }
        }
        return root;
    }

    public static String toString(Trajectory trajectory) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(trajectory));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a trajectory is always serializable", e);
        }
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
